import { brokenArticles } from './broken'
import { careersWithoutCurrentTable, staleSalaryTables } from './gettingOld'
import { type ReaderCounts, readerCounts } from './readers'
import { brokenResources } from './resources'
import { inReviewState } from './reviews'
import { reportsToReview } from './salaryReports'
import { scheduled } from './scheduled'
import type { DeskItem, DeskViewer } from './types'
import { unpublishedChanges } from './unpublishedChanges'

export type { DeskItem, DeskViewer } from './types'

/** Each list, or null when it could not be read this time (the others still show). */
export type Desk = {
  readyForReview: DeskItem[] | null
  changesRequested: DeskItem[] | null
  unpublishedChanges: DeskItem[] | null
  scheduled: DeskItem[] | null
  gettingOld: DeskItem[] | null
  broken: DeskItem[] | null
  readers: ReaderCounts | null
  /** Readers' salary reports waiting for moderation; null for writers and when unreadable. */
  salaryReports: DeskItem[] | null
}

async function orNull<T>(viewer: DeskViewer, list: string, read: Promise<T>): Promise<T | null> {
  try {
    return await read
  } catch (error) {
    viewer.payload.logger.error({ err: error, msg: `The desk could not read "${list}".` })
    return null
  }
}

/**
 * What needs doing, for one member of staff: the admin dashboard's lists, each read through the
 * viewer's own access (writers see their own drafts and requests; editors and admins see all).
 */
export async function loadDesk(
  viewer: DeskViewer,
  /** The admin passes the cached reads (./shared.ts); tests and scripts read afresh. */
  shared: {
    broken: typeof brokenArticles
    careersWithoutCurrentTable: typeof careersWithoutCurrentTable
  } = { broken: brokenArticles, careersWithoutCurrentTable },
): Promise<Desk> {
  const [ready, changes, unpublished, upcoming, stale, uncovered, broken, readers, reports] =
    await Promise.all([
      orNull(viewer, 'ready for review', inReviewState(viewer, 'ready')),
      orNull(viewer, 'sent back', inReviewState(viewer, 'changes')),
      orNull(viewer, 'unpublished changes', unpublishedChanges(viewer)),
      orNull(viewer, 'scheduled', scheduled(viewer)),
      orNull(viewer, 'stale salary tables', staleSalaryTables(viewer)),
      orNull(viewer, 'careers without a table', shared.careersWithoutCurrentTable(viewer)),
      orNull(
        viewer,
        'broken',
        Promise.all([shared.broken(viewer), brokenResources(viewer)]).then((lists) => lists.flat()),
      ),
      orNull(viewer, 'reader counts', readerCounts(viewer)),
      orNull(viewer, 'salary reports', reportsToReview(viewer)),
    ])
  return {
    readyForReview: ready,
    changesRequested: changes,
    unpublishedChanges: unpublished,
    scheduled: upcoming,
    gettingOld: stale && uncovered ? [...stale, ...uncovered] : null,
    broken,
    readers,
    salaryReports: reports,
  }
}
