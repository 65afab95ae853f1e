import { brokenArticles } from './broken'
import { careersWithoutCurrentTable, staleSalaryTables } from './gettingOld'
import { type ReaderCounts, readerCounts } from './readers'
import { inReviewState } from './reviews'
import { scheduled } from './scheduled'
import type { DeskItem, DeskViewer } from './types'
import { unpublishedChanges } from './unpublishedChanges'

export type { DeskItem, DeskViewer } from './types'

export type Desk = {
  readyForReview: DeskItem[]
  changesRequested: DeskItem[]
  unpublishedChanges: DeskItem[]
  scheduled: DeskItem[]
  gettingOld: DeskItem[]
  broken: DeskItem[]
  readers: ReaderCounts | null
}

/**
 * What needs doing, for one member of staff: the admin dashboard's lists, each read through the
 * viewer's own access (writers see their own drafts and requests; editors and admins see all).
 */
export async function loadDesk(viewer: DeskViewer): Promise<Desk> {
  const [ready, changes, unpublished, upcoming, stale, uncovered, broken, readers] =
    await Promise.all([
      inReviewState(viewer, 'ready'),
      inReviewState(viewer, 'changes'),
      unpublishedChanges(viewer),
      scheduled(viewer),
      staleSalaryTables(viewer),
      careersWithoutCurrentTable(viewer),
      brokenArticles(viewer),
      readerCounts(viewer),
    ])
  return {
    readyForReview: ready,
    changesRequested: changes,
    unpublishedChanges: unpublished,
    scheduled: upcoming,
    gettingOld: [...stale, ...uncovered],
    broken,
    readers,
  }
}
