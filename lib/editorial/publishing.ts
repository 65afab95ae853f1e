/**
 * Who may change what readers see, decided from the write itself: the operation's own `draft`
 * argument and the live (published) row, never the URL's query string or the latest draft. Pure, so
 * the rule is unit-tested as a table; collections/publishing wires it into Payload.
 */

/** The collections editors draft, review and publish. */
export const DRAFTED = ['articles', 'roles', 'salary-tables'] as const
export type Drafted = (typeof DRAFTED)[number]

export type Status = 'draft' | 'published'

/** What a write to a drafted collection does: which row it writes, from what, to what. */
export type PublishingChange = {
  /** The writer is an editor or admin (or the system, with no user). */
  publisher: boolean
  /** The write replaces the live row; otherwise it only adds a draft version. */
  writesLiveRow: boolean
  /** The live row's status before the write; null when there is none yet (a create). */
  liveStatus: Status | null
  /** The status the write saves. */
  resultStatus: Status
}

/**
 * Whether an update or restore replaces the live row. Mirrors Payload's own test for a draft save
 * (payload/dist/collections/operations/utilities/update.js, `isSavingDraft`): a `draft` write that
 * does not ask for `_status: published` only adds a version and leaves the live row alone.
 */
export function writesLiveRow(draft: boolean | undefined, requestedStatus: unknown): boolean {
  return !(draft === true && requestedStatus !== 'published')
}

/** Why this change is refused, in words for the editor; null when it is allowed. */
export function publishingRefusal(change: PublishingChange): string | null {
  if (change.publisher || !change.writesLiveRow) return null
  if (change.liveStatus === 'published') {
    return change.resultStatus === 'published'
      ? 'Writers cannot change a published page: save your changes as a draft, and ask an editor to publish them.'
      : UNPUBLISH_REFUSAL
  }
  if (change.resultStatus === 'published') return PUBLISH_REFUSAL
  return null
}

export const PUBLISH_REFUSAL =
  'Writers cannot publish: save a draft, and ask an editor to publish it.'

export const UNPUBLISH_REFUSAL =
  'Writers cannot unpublish or replace a published page: save a draft, and ask an editor.'

export const BULK_REFUSAL =
  'Writers change one document at a time, as drafts. Ask an editor for changes to many at once.'

export const SCHEDULED_REFUSAL =
  'An editor has scheduled this page to be published or unpublished, and it goes out as it is now. Ask an editor to change the schedule before you change the page.'

/** Statuses a write may ask for; anything else is refused before it reaches the database. */
export function statusProblem(status: unknown): string | null {
  return status === undefined || status === 'draft' || status === 'published'
    ? null
    : 'The status must be "draft" or "published".'
}

export const SCHEDULE_REFUSAL =
  'Only editors and admins can schedule publishing or cancel a schedule. Ask an editor.'
