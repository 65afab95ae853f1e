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

/** The collections whose documents a reader can save (and write notes on). */
export const SAVEABLE_COLLECTIONS = ['roles', 'articles'] as const
export type SaveableCollection = (typeof SAVEABLE_COLLECTIONS)[number]

/**
 * What a reader can save: a document of those collections, or a generated comparison, which is no
 * document but a pair of careers (lib/readers/targets.ts).
 */
export const SAVEABLE_KINDS = [...SAVEABLE_COLLECTIONS, 'pairs'] as const
export type SaveableKind = (typeof SAVEABLE_KINDS)[number]

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
