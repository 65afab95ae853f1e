import { choices, isChoice } from '../choices'
import { relationValue } from '../platform/ids'

/**
 * The review hand-off between writers and editors, as pure rules. A writer marks a draft ready; an
 * editor either publishes it (which clears the request) or sends it back with a comment the writer
 * sees on the document. Who asked, who commented and when are stamped by the server, never taken
 * from the client.
 */

export const REVIEW_STATES = choices({
  // Also the state after publishing (which settles a request): not "Drafting" on a live page.
  none: 'Not in review',
  ready: 'Ready for review',
  changes: 'Changes requested',
})

export type ReviewState = (typeof REVIEW_STATES)[number]['value']

export type Review = {
  state?: ReviewState | null
  requestedBy?: number | string | null
  requestedAt?: string | null
  comment?: string | null
  commentedBy?: number | string | null
  commentedAt?: string | null
}

export const REVIEW_COMMENT_MAX = 2000

export const SEND_BACK_REFUSAL =
  'Only editors and admins can send a draft back. Mark it "Ready for review" to ask for one.'
export const COMMENT_REQUIRED =
  'Say what needs changing: sending a draft back needs a comment for the writer, written since they last asked for review.'
export const COMMENT_TOO_LONG = `Keep the comment to ${REVIEW_COMMENT_MAX} characters or fewer.`
export const COMMENT_NOT_TEXT = 'The comment must be text.'
export const UNKNOWN_REVIEW_STATE = `Review state must be one of: ${REVIEW_STATES.map((s) => s.value).join(', ')}.`

export type ReviewChange = {
  /** The review on the latest saved version, before this write. */
  previous: Review | null | undefined
  /** The review this write asks for; undefined when the write does not mention it. */
  requested: Review | null | undefined
  /** The member of staff writing, or null for the system (seed, migrations). */
  actor: { id: number | string; publisher: boolean } | null
  /** This write publishes the page: the request is settled. */
  settles: boolean
  now: Date
}

const isState = (value: unknown): value is ReviewState => isChoice(REVIEW_STATES, value)

/** The review a write leaves, or the sentence explaining why the write is refused. */
export function nextReview(change: ReviewChange): { review: Review } | { problem: string } {
  const { actor, now } = change
  const previous: Review = {
    ...change.previous,
    requestedBy: relationValue(change.previous?.requestedBy),
    commentedBy: relationValue(change.previous?.commentedBy),
    state: isState(change.previous?.state) ? change.previous.state : 'none',
  }
  if (change.settles) return { review: settled() }
  const requested = change.requested
  if (requested === undefined || requested === null) return { review: previous }
  const state = requested.state ?? previous.state
  if (!isState(state)) return { problem: UNKNOWN_REVIEW_STATE }
  // The system (seed, migrations) may set any state as given, stamps included.
  if (!actor) return { review: { ...previous, ...requested, state } }

  const review: Review = { ...previous, state }
  if (state === 'ready' && previous.state !== 'ready') {
    review.requestedBy = actor.id
    review.requestedAt = now.toISOString()
  }
  if (state === 'none') {
    review.requestedBy = null
    review.requestedAt = null
  }
  if (!actor.publisher) {
    if (state === 'changes' && previous.state !== 'changes') return { problem: SEND_BACK_REFUSAL }
    return { review }
  }
  if (requested.comment != null && typeof requested.comment !== 'string') {
    return { problem: COMMENT_NOT_TEXT }
  }
  const comment = typeof requested.comment === 'string' ? requested.comment.trim() : undefined
  if (comment !== undefined && comment.length > REVIEW_COMMENT_MAX) {
    return { problem: COMMENT_TOO_LONG }
  }
  const commentChanged = comment !== undefined && comment !== (previous.comment ?? '')
  if (commentChanged) {
    review.comment = comment || null
    review.commentedBy = comment ? actor.id : null
    review.commentedAt = comment ? now.toISOString() : null
  }
  // A comment from an earlier round would send the writer back to a problem they already fixed.
  const commentIsCurrent =
    Boolean(review.comment) &&
    (!review.requestedAt || (review.commentedAt ?? '') >= review.requestedAt)
  if (state === 'changes' && previous.state !== 'changes' && !commentIsCurrent) {
    return { problem: COMMENT_REQUIRED }
  }
  return { review }
}

/** Published: nobody is waiting any more, and old comments would mislead. */
export function settled(): Review {
  return {
    state: 'none',
    requestedBy: null,
    requestedAt: null,
    comment: null,
    commentedBy: null,
    commentedAt: null,
  }
}
