import type { Payload } from 'payload'

import { formatDate } from '../dates'
import { relationId } from '../platform/ids'
import { toDocId } from '../platform/ids'
import { retryAfterText } from '../platform/rateLimit'
import { flagReport } from '../salaries/reports/flags'
import {
  addressFingerprint,
  contributorPseudonym,
  newMemberKey,
  reportKey,
} from '../salaries/reports/identity'
import type { FieldErrors, ReportInput } from '../salaries/reports/input'
import { reportLimits } from '../salaries/reports/limits'
import { nextChangeAllowed, reportTiming, resendAllowedFrom } from '../salaries/reports/timing'
import { REPORT_MARKET } from '../salaries/reports/vocabulary'
import { ReaderDataError } from './errors'
import { publishedPage } from './publishedPages'
import { asSystem, findReaderAccount, ownedBy } from './records'

/**
 * A reader's own salary reports: send, edit, withdraw, list. The reader id always comes from the
 * session (never the request), and every query here filters on it; the collection is closed to
 * readers through Payload, hence the system access, as in lib/readers.
 */

export type SubmitResult =
  { ok: true; id: string } | { ok: false; errors: FieldErrors; message?: string }

const refused = (message: string, errors: FieldErrors = {}): SubmitResult => ({
  ok: false,
  errors,
  message,
})

export async function ownReport(payload: Payload, reader: string, reportId: string) {
  const { docs } = await payload.find({
    collection: 'salary-reports',
    where: {
      and: [ownedBy(toDocId(payload, reader)), { id: { equals: toDocId(payload, reportId) } }],
    },
    limit: 1,
    ...asSystem,
  })
  return docs[0] ?? null
}

const day = (date: Date) => formatDate(date.toISOString())

const PRIVACY_REASON =
  'To keep other contributors’ pay private, a report that has counted in published figures can change once a year'

/** A withdrawal hold on this reader, career and year, if one still runs. */
async function holdUntil(payload: Payload, key: string, now: Date): Promise<Date | null> {
  const { docs } = await payload.find({
    collection: 'salary-report-holds',
    where: { key: { equals: key } },
    limit: 1,
    ...asSystem,
  })
  const until = docs[0] ? new Date(docs[0].until) : null
  return until && until > now ? until : null
}

/**
 * Sends a new report, or replaces the figures of one the reader sent before (`editing`). Either way
 * it waits for review again, as a new version (a new member of its cohorts): an approved report that
 * changes leaves the published figures until an editor approves the new figures and the next
 * publication point comes. A report that has counted may change once a year, and one withdrawn
 * after counting may be sent again a year later (lib/salaries/reports/timing.ts).
 */
export async function submitReport(
  payload: Payload,
  reader: string,
  input: ReportInput,
  address: string,
  editing?: string,
  now: Date = new Date(),
): Promise<SubmitResult> {
  const readerId = toDocId(payload, reader)
  const timing = reportTiming()
  const existing = editing ? await ownReport(payload, reader, editing) : null
  if (editing && !existing) throw new ReaderDataError('That report does not exist.', 404)

  const { page: career } = await publishedPage(payload, {
    collection: 'roles',
    id: input.role,
  }).catch(() => ({
    page: null,
  }))
  if (!career) return refused('', { role: 'Choose a career from the list.' })
  const roleId = toDocId(payload, input.role)

  // A report that has counted stays with its career and year: moved elsewhere, it would free its old
  // career and year for a new report, a change the yearly limit never saw.
  if (
    existing?.firstApprovedAt &&
    (String(relationId(existing.role)) !== String(roleId) || existing.year !== input.year)
  )
    return refused(
      'A report that has counted keeps its career and year. To report pay for another, send a new report; to take this one back, withdraw it.',
    )
  if (existing) {
    const next = nextChangeAllowed(existing, now, timing)
    if (next)
      return refused(
        `${PRIVACY_REASON}. You changed this report on ${day(new Date(existing.changedAt!))}, so the next change is possible from ${day(next)}. You can withdraw it at any time.`,
      )
  }

  const key = reportKey(readerId, roleId, input.year)
  const { docs: clash } = await payload.find({
    collection: 'salary-reports',
    where: {
      and: [{ key: { equals: key } }, ...(existing ? [{ id: { not_equals: existing.id } }] : [])],
    },
    limit: 1,
    ...asSystem,
  })
  if (clash.length)
    return refused('', {
      year: `You have already reported ${input.year} pay for ${career.title}: edit that report on your account page instead.`,
    })
  const held = existing?.key === key ? null : await holdUntil(payload, key, now)
  if (held)
    return refused('', {
      year: `You withdrew your ${input.year} report for ${career.title} after it had counted. ${PRIVACY_REASON}: you can send a new one from ${day(held)}.`,
    })

  const fingerprint = addressFingerprint(address)
  const waits = await Promise.all([
    reportLimits.perReader.hit(String(readerId)),
    reportLimits.perAddress.hit(fingerprint),
  ])
  const wait = Math.max(...waits)
  if (wait > 0) return refused(`You have sent many reports today. ${retryAfterText(wait)}`)

  const createdAt = existing
    ? (existing.accountCreatedAt ?? null)
    : ((await findReaderAccount(payload, readerId))?.createdAt ?? null)
  // A change of a report that has counted is what the yearly limit rations; editors see it counted.
  const change = existing?.firstApprovedAt
    ? { changes: (existing.changes ?? 0) + 1, changedAt: now.toISOString() }
    : {}
  const { flags, notes } = await flagReport(
    payload,
    { ...input, role: roleId },
    {
      readerId,
      fingerprint,
      editing: existing ?? undefined,
      changes: change.changes ?? 0,
      accountCreatedAt: createdAt,
      now,
    },
  )
  const data = {
    role: roleId,
    level: input.level,
    yearsOfExperience: input.yearsOfExperience,
    market: REPORT_MARKET,
    city: input.city,
    companyType: input.companyType,
    year: input.year,
    ctc: input.ctc,
    fixed: input.fixed,
    variable: input.variable,
    stock: input.stock,
    monthlyInHand: input.monthlyInHand,
    key,
    addressFingerprint: fingerprint,
    flags,
    flagNotes: notes.join('\n') || null,
    submittedAt: now.toISOString(),
    status: 'pending' as const,
    rejectionReason: null,
    moderatedAt: null,
    moderatedBy: null,
    countsFrom: null,
    memberKey: newMemberKey(),
    ...change,
  }
  try {
    const saved = existing
      ? await payload.update({
          collection: 'salary-reports',
          id: existing.id as number,
          data,
          ...asSystem,
        })
      : await payload.create({
          collection: 'salary-reports',
          data: {
            ...data,
            reader: readerId,
            contributor: contributorPseudonym(readerId),
            accountCreatedAt: createdAt,
          },
          ...asSystem,
        })
    return { ok: true, id: String(saved.id) }
  } catch (error) {
    // Two sends at once for the same career and year: the unique key let one in.
    const { totalDocs } = await payload.count({
      collection: 'salary-reports',
      where: {
        and: [{ key: { equals: key } }, ...(existing ? [{ id: { not_equals: existing.id } }] : [])],
      },
      overrideAccess: true,
    })
    if (totalDocs > 0)
      return refused('', {
        year: `You have already reported ${input.year} pay for ${career.title}.`,
      })
    throw error
  }
}

/**
 * Withdraws a report; its figures leave the published cohorts at once. One that had counted leaves a
 * hold (no figures, only the career and year) so that sending it again waits a year, like any change.
 */
export async function withdrawReport(
  payload: Payload,
  reader: string,
  reportId: string,
  now: Date = new Date(),
) {
  const report = await ownReport(payload, reader, reportId)
  if (!report) return
  if (report.firstApprovedAt) {
    const until = resendAllowedFrom(now, reportTiming()).toISOString()
    const { docs } = await payload.find({
      collection: 'salary-report-holds',
      where: { key: { equals: report.key } },
      limit: 1,
      ...asSystem,
    })
    if (docs[0])
      await payload.update({
        collection: 'salary-report-holds',
        id: docs[0].id,
        data: { until },
        ...asSystem,
      })
    else
      await payload.create({
        collection: 'salary-report-holds',
        data: { reader: report.reader, role: report.role, year: report.year, until },
        ...asSystem,
      })
  }
  await payload.delete({ collection: 'salary-reports', id: report.id, ...asSystem })
}

export type OwnReport = {
  id: string
  role: string
  career: string
  year: number
  level: string
  ctc: number
  status: 'pending' | 'approved' | 'rejected'
  rejectionReason: string | null
  sentAt: string
  /** When an approved report starts to count in the published figures. */
  countsFrom: string | null
  /** When the reader may change it again, if not now (a report that has counted changes once a year). */
  nextChange: string | null
}

/** The reader's reports, newest first, with the career's live name. */
export async function readerReports(
  payload: Payload,
  reader: string,
  now: Date = new Date(),
): Promise<OwnReport[]> {
  const { docs } = await payload.find({
    collection: 'salary-reports',
    where: ownedBy(toDocId(payload, reader)),
    sort: '-createdAt',
    pagination: false,
    overrideAccess: true,
    depth: 1,
    populate: { roles: { title: true } },
    select: {
      role: true,
      year: true,
      level: true,
      ctc: true,
      status: true,
      rejectionReason: true,
      createdAt: true,
      countsFrom: true,
      firstApprovedAt: true,
      changedAt: true,
    },
  })
  const timing = reportTiming()
  return docs.map((d) => ({
    id: String(d.id),
    role: relationId(d.role) ?? '',
    career: typeof d.role === 'object' && d.role ? d.role.title : 'A career no longer listed',
    year: d.year,
    level: d.level,
    ctc: d.ctc,
    status: d.status,
    rejectionReason: d.status === 'rejected' ? (d.rejectionReason ?? null) : null,
    sentAt: d.createdAt,
    countsFrom: d.status === 'approved' ? (d.countsFrom ?? null) : null,
    nextChange: nextChangeAllowed(d, now, timing)?.toISOString() ?? null,
  }))
}
