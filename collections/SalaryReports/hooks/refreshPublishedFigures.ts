import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { relationValue } from '@/lib/ids'
import { cacheTags, expireTags } from '@/lib/revalidate'

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
 * Published figures are computed from approved reports when a page asks (lib/salaryReports/figures.ts)
 * and cached under the career's tag; a change that adds, alters or removes an approved report
 * expires it, so every page showing those figures is re-rendered on its next request.
 */
export const refreshPublishedFigures: {
  afterChange: CollectionAfterChangeHook
  afterDelete: CollectionAfterDeleteHook
} = {
  afterChange: ({ doc, previousDoc, req }) => {
    if (!req.context.disableRevalidate) expireTags(tagsFor(doc, previousDoc))
    return doc
  },
  afterDelete: ({ doc, req }) => {
    if (!req.context.disableRevalidate) expireTags(tagsFor(doc))
    return doc
  },
}
