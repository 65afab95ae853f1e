import { adminDocPath } from '@/lib/paths'
import { relationId } from '@/lib/platform/ids'
import { reviewedMoreThan } from '@/lib/salaries/evidence'

import type { DeskItem, DeskViewer } from './types'

/** Flagged here a month before the public "may be out of date" note appears (12 months). */
export const DUE_FOR_REVIEW_AFTER_MONTHS = 11

const DAY_MS = 24 * 60 * 60 * 1000

const wholeMonthsSince = (iso: string, now: Date) => {
  let months = 0
  while (reviewedMoreThan(months + 1, iso, now)) months += 1
  return months
}

/**
 * Published salary tables last reviewed more than 11 months ago, oldest first: only the newest table
 * of each career and market, since an older year's table is the archive, not what readers are told.
 */
export async function staleSalaryTables({ payload, user, now }: DeskViewer): Promise<DeskItem[]> {
  const read = { depth: 0, overrideAccess: false, user } as const
  const { docs } = await payload.find({
    collection: 'salary-tables',
    where: {
      and: [
        { _status: { equals: 'published' } },
        // Narrowed by date here (11 months are more than 333 days), decided below by the same
        // month arithmetic as the public "may be out of date" flag.
        { lastReviewed: { less_than: new Date(now.getTime() - 333 * DAY_MS).toISOString() } },
      ],
    },
    select: { title: true, lastReviewed: true, role: true, market: true, year: true },
    sort: 'lastReviewed',
    // Every overdue table, then the archive years dropped, then the 100 oldest: archived years are
    // the oldest of all and would otherwise fill the list before the tables readers see.
    pagination: false,
    ...read,
  })
  const due = docs.filter((doc) =>
    reviewedMoreThan(DUE_FOR_REVIEW_AFTER_MONTHS, doc.lastReviewed, now),
  )
  const careers = [...new Set(due.map((doc) => relationId(doc.role)).filter((id) => id !== null))]
  const newer = careers.length
    ? await payload.find({
        collection: 'salary-tables',
        where: { and: [{ _status: { equals: 'published' } }, { role: { in: careers } }] },
        select: { role: true, market: true, year: true },
        pagination: false,
        ...read,
      })
    : { docs: [] }
  const key = (doc: { role: unknown; market: string }) => `${relationId(doc.role)}:${doc.market}`
  const newest = new Map<string, number>()
  for (const doc of newer.docs) newest.set(key(doc), Math.max(newest.get(key(doc)) ?? 0, doc.year))
  return due
    .filter((doc) => doc.year >= (newest.get(key(doc)) ?? 0))
    .slice(0, 100)
    .map((doc) => ({
      collection: 'salary-tables',
      id: doc.id,
      title: doc.title ?? 'Salary table',
      href: adminDocPath('salary-tables', doc.id),
      detail: `Salary table · reviewed ${wholeMonthsSince(doc.lastReviewed, now)} months ago`,
      at: doc.lastReviewed,
    }))
}

/** Published careers with no published salary table for the current year, in any market. */
export async function careersWithoutCurrentTable({
  payload,
  user,
  now,
}: DeskViewer): Promise<DeskItem[]> {
  const year = now.getUTCFullYear()
  const read = { depth: 0, pagination: false, overrideAccess: false, user } as const
  const [careers, tables] = await Promise.all([
    payload.find({
      collection: 'roles',
      where: { _status: { equals: 'published' } },
      select: { title: true, updatedAt: true },
      sort: 'title',
      ...read,
    }),
    payload.find({
      collection: 'salary-tables',
      where: { and: [{ _status: { equals: 'published' } }, { year: { equals: year } }] },
      select: { role: true },
      ...read,
    }),
  ])
  const covered = new Set(tables.docs.map(({ role }) => relationId(role)))
  return careers.docs
    .filter((career) => !covered.has(String(career.id)))
    .slice(0, 100)
    .map((career) => ({
      collection: 'roles',
      id: career.id,
      title: career.title,
      href: adminDocPath('roles', career.id),
      detail: `Career profile · no salary table for ${year}`,
      at: career.updatedAt,
    }))
}
