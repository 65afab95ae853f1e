import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { relationValue } from '@/lib/platform/ids'
import { cacheTags, expireTags } from '@/lib/platform/revalidate'

type Report = { status?: string | null; role?: unknown } | null | undefined

/** The figures a change can move: those of the careers of an approved report, before and after. */
function tagsFor(...reports: Report[]): string[] {
  const roles = reports
    .filter((report) => report?.status === 'approved')
    .map((report) => relationValue(report!.role))
    .filter((role) => role != null)
  if (roles.length === 0) return []
  return [...new Set([cacheTags.readerReportList, ...roles.map(cacheTags.readerReportsOf)])]
}

/**
 * When an approved report starts to count, read from the stored report: `countsFrom` is admin-only,
 * so the `doc` an editor's save hands this hook has already lost it.
 */
async function storedCountsFrom(req: PayloadRequest, id: number | string): Promise<Date | null> {
  const stored = await req.payload.findByID({
    collection: 'salary-reports',
    id,
    depth: 0,
    select: { countsFrom: true },
    overrideAccess: true,
    req,
  })
  return stored.countsFrom ? new Date(stored.countsFrom) : null
}

/**
 * Published figures are computed from the approved reports that count by then, when a page asks
 * (lib/salaries/reports/figures.ts), and cached under the career's tag. A change that alters or removes
 * an approved report expires it at once, so every page showing those figures is re-rendered on its
 * next request; an approval counts from its publication point, when a queued job expires the tag.
 */
export const refreshPublishedFigures: {
  afterChange: CollectionAfterChangeHook
  afterDelete: CollectionAfterDeleteHook
} = {
  afterChange: async ({ doc, previousDoc, req }) => {
    if (!req.context.disableRevalidate) expireTags(tagsFor(doc, previousDoc))
    const role = relationValue((doc as Report)?.role)
    // Only an approval sets a publication point (./stampModeration.ts).
    if (doc.status !== 'approved' || previousDoc?.status === 'approved' || role == null) return doc
    const from = await storedCountsFrom(req, doc.id)
    if (from && from > new Date())
      await req.payload.jobs.queue({
        task: 'publishReaderFigures',
        input: { role: String(role) },
        waitUntil: from,
        req,
      })
    return doc
  },
  afterDelete: ({ doc, req }) => {
    if (!req.context.disableRevalidate) expireTags(tagsFor(doc))
    return doc
  },
}
