/** The words reader records are made of: which collections, which statuses, and how they read. */
/** Collections a reader's records live in; deleting the reader deletes from each (in this order). */
export const READER_OWNED_COLLECTIONS = [
  'salary-reports',
  'salary-report-holds',
  'reader-notes',
  'reader-digests',
  'bookmarks',
  'roadmap-progress',
  'reader-accounts',
  'reader-sessions',
] as const

/** What a reader can save. */
export const SAVEABLE_COLLECTIONS = ['roles', 'articles'] as const
export type SaveableCollection = (typeof SAVEABLE_COLLECTIONS)[number]

export const STAGE_STATUSES = ['in_progress', 'done'] as const
export type StageStatus = (typeof STAGE_STATUSES)[number]

/** How a stage's status reads, in the admin, on the roadmap and on /account. */
export const STAGE_STATUS_LABELS: Record<StageStatus, string> = {
  in_progress: 'In progress',
  done: 'Done',
}
export const NOT_STARTED_LABEL = 'Not started'

/**
 * Stored for a stage the reader set back to not started: the record keeps when they did, so an older
 * mark sent later (from a browser that was offline) cannot undo it. Never shown as a status.
 */
export const CLEARED_STAGE = 'cleared'

/** Private notes are plain text, this long at most. */
export const NOTE_MAX_LENGTH = 2000
