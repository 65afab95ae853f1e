import { formatDateTimeIn } from '@/lib/dates'
import { adminDocPath } from '@/lib/paths'
import { relationId } from '@/lib/platform/ids'

import { DRAFTED, type Drafted } from '../publishing'
import { ownDraftsOnly } from './reviews'
import { COLLECTION_LABELS, type DeskItem, type DeskViewer, staffNames, untitled } from './types'

type ScheduleJob = {
  id: number | string
  waitUntil?: string | null
  hasError?: boolean | null
  input?: {
    type?: 'publish' | 'unpublish'
    doc?: { relationTo?: string; value?: unknown }
    user?: { relationTo?: string; value?: unknown }
  } | null
}

const WEEK_MS = 7 * 24 * 60 * 60 * 1000

const isDrafted = (slug: unknown): slug is Drafted => DRAFTED.includes(slug as Drafted)

/**
 * Every publish or unpublish queued by the admin's "Schedule" drawer that has not run, soonest
 * first, with who scheduled it and when it will run in the viewer's own time zone. The jobs queue
 * is Payload's; the documents are read through the viewer's access.
 */
export async function scheduled(viewer: DeskViewer): Promise<DeskItem[]> {
  const { payload, user } = viewer
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: 'schedulePublish' } },
        { completedAt: { exists: false } },
        // Failed ones stay for a week, so a refused or broken schedule is noticed, not lost.
        {
          or: [
            { hasError: { not_equals: true } },
            { updatedAt: { greater_than: new Date(viewer.now.getTime() - WEEK_MS).toISOString() } },
          ],
        },
      ],
    },
    sort: 'waitUntil',
    limit: 100,
    depth: 0,
  })
  const jobs = (docs as unknown as ScheduleJob[]).filter((job) =>
    isDrafted(job.input?.doc?.relationTo),
  )
  const own = ownDraftsOnly(viewer)
  const found = new Map<string, { id: number | string; title: string }>()
  await Promise.all(
    DRAFTED.map(async (collection) => {
      const ids = jobs
        .filter((job) => job.input?.doc?.relationTo === collection)
        .map((job) => relationId(job.input?.doc?.value))
        .filter((id): id is string => id !== null)
      if (ids.length === 0) return
      const { docs } = await payload.find({
        collection,
        draft: true,
        where: { and: [{ id: { in: ids } }, ...(own ? [own] : [])] },
        select: { title: true },
        pagination: false,
        depth: 0,
        overrideAccess: false,
        user,
      })
      for (const doc of docs) {
        found.set(`${collection}:${doc.id}`, { id: doc.id, title: untitled(doc.title) })
      }
    }),
  )
  const names = await staffNames(
    payload,
    jobs.map((job) => relationId(job.input?.user?.value)),
  )
  return jobs.flatMap((job): DeskItem[] => {
    const collection = job.input?.doc?.relationTo as Drafted
    const doc = found.get(`${collection}:${relationId(job.input?.doc?.value)}`)
    // Deleted since, or not the viewer's to see.
    if (!doc) return []
    const action = job.input?.type === 'unpublish' ? 'Unpublish' : 'Publish'
    const failed = job.hasError ? 'FAILED — schedule it again. ' : ''
    const who = names.get(relationId(job.input?.user?.value) ?? '')
    const by = who ? `, scheduled by ${who}` : ''
    return [
      {
        collection,
        id: doc.id,
        title: doc.title,
        href: adminDocPath(collection, doc.id),
        detail: `${COLLECTION_LABELS[collection]} · ${failed}${action} at ${formatDateTimeIn(job.waitUntil, user.timeZone)}${by}`,
        at: job.waitUntil ?? null,
      },
    ]
  })
}
