import { describe, expect, it } from 'vitest'

import { offeredReviewStates } from '@/collections/review/fields'
import { formatDateTimeIn } from '@/lib/dates'
import { REVIEW_STATES } from '@/lib/editorial/review'
import {
  COMMENT_NOT_TEXT,
  COMMENT_REQUIRED,
  COMMENT_TOO_LONG,
  nextReview,
  type Review,
  REVIEW_COMMENT_MAX,
  SEND_BACK_REFUSAL,
  UNKNOWN_REVIEW_STATE,
} from '@/lib/editorial/review'

const now = new Date('2026-11-30T10:00:00Z')
const writer = { id: 7, publisher: false }
const editor = { id: 2, publisher: true }
const ready: Review = { state: 'ready', requestedBy: 7, requestedAt: '2026-11-29T09:00:00.000Z' }

const change = (over: Partial<Parameters<typeof nextReview>[0]>) =>
  nextReview({ previous: null, requested: undefined, actor: writer, settles: false, now, ...over })

describe('the review hand-off rules', () => {
  it('stamps who asked and when, ignoring stamps the client sends', () => {
    expect(
      change({ requested: { state: 'ready', requestedBy: 2, requestedAt: '2020-01-01' } }),
    ).toEqual({
      review: { state: 'ready', requestedBy: 7, requestedAt: now.toISOString(), commentedBy: null },
    })
  })

  it('keeps the first request time while the draft stays ready', () => {
    const result = change({ previous: ready, requested: { state: 'ready' } })
    expect(result).toMatchObject({ review: { requestedAt: ready.requestedAt } })
  })

  it('lets a writer withdraw, never send back, and never write the comment', () => {
    expect(change({ previous: ready, requested: { state: 'none' } })).toMatchObject({
      review: { state: 'none', requestedBy: null },
    })
    expect(change({ previous: ready, requested: { state: 'changes' } })).toEqual({
      problem: SEND_BACK_REFUSAL,
    })
    const previous = { ...ready, state: 'changes' as const, comment: 'Cite sources.' }
    expect(change({ previous, requested: { state: 'changes', comment: 'Done' } })).toMatchObject({
      review: { comment: 'Cite sources.' },
    })
  })

  it('needs a comment, within the limit, to send a draft back', () => {
    const back = (comment?: string) =>
      change({ actor: editor, previous: ready, requested: { state: 'changes', comment } })
    expect(back()).toEqual({ problem: COMMENT_REQUIRED })
    expect(back('   ')).toEqual({ problem: COMMENT_REQUIRED })
    expect(back('x'.repeat(REVIEW_COMMENT_MAX + 1))).toEqual({ problem: COMMENT_TOO_LONG })
    expect(back(' Cite sources. ')).toMatchObject({
      review: {
        state: 'changes',
        comment: 'Cite sources.',
        commentedBy: 2,
        commentedAt: now.toISOString(),
        requestedBy: 7,
      },
    })
  })

  it('needs a new comment to send a resubmitted draft back, and refuses a comment that is not text', () => {
    // Sent back on the 29th, resubmitted on the 30th: the old comment is not a new request.
    const resubmitted: Review = {
      state: 'ready',
      requestedBy: 7,
      requestedAt: '2026-11-30T09:00:00.000Z',
      comment: 'Cite sources.',
      commentedBy: 2,
      commentedAt: '2026-11-29T12:00:00.000Z',
    }
    expect(
      change({ actor: editor, previous: resubmitted, requested: { state: 'changes' } }),
    ).toEqual({ problem: COMMENT_REQUIRED })
    expect(
      change({
        actor: editor,
        previous: resubmitted,
        requested: { state: 'changes', comment: 'Now cite the 2026 survey.' },
      }),
    ).toMatchObject({ review: { state: 'changes', commentedAt: now.toISOString() } })
    expect(change({ actor: editor, previous: ready, requested: { comment: 5 as never } })).toEqual({
      problem: COMMENT_NOT_TEXT,
    })
    expect(
      change({ actor: editor, previous: ready, requested: { comment: 'x'.repeat(2000) } }),
    ).toMatchObject({ review: { state: 'ready' } })
  })

  it('clears everything when the page is published', () => {
    const previous = { ...ready, comment: 'Old', commentedBy: 2 }
    expect(change({ actor: editor, previous, settles: true })).toEqual({
      review: {
        state: 'none',
        requestedBy: null,
        requestedAt: null,
        comment: null,
        commentedBy: null,
        commentedAt: null,
      },
    })
  })

  it('leaves the review alone when a write does not mention it, and refuses unknown states', () => {
    expect(change({ previous: ready })).toMatchObject({ review: { state: 'ready' } })
    expect(change({ requested: { state: 'approved' as never } })).toEqual({
      problem: UNKNOWN_REVIEW_STATE,
    })
  })
})

describe('times on the desk', () => {
  it('are shown in the viewer’s zone, named, and fall back to India for an unknown zone', () => {
    const iso = '2026-12-02T04:00:00Z'
    expect(formatDateTimeIn(iso, 'UTC')).toBe('2 Dec 2026, 04:00 UTC')
    expect(formatDateTimeIn(iso, 'Asia/Kolkata')).toBe('2 Dec 2026, 09:30 IST')
    expect(formatDateTimeIn(iso, 'Mars/Olympus')).toBe('2 Dec 2026, 09:30 IST')
    expect(formatDateTimeIn(null, 'UTC')).toBe('')
  })
})

describe('the review state a member of staff is offered', () => {
  const options = REVIEW_STATES.map(({ label, value }) => ({ label, value }))
  const offered = (role: 'writer' | 'editor' | 'admin', state: string) =>
    offeredReviewStates!({
      options,
      req: { user: { collection: 'users', role } } as never,
      data: {},
      siblingData: { state },
    }).map((option) => (typeof option === 'string' ? option : option.value))

  it('leaves "Changes requested" to editors and admins, unless a draft was already sent back', () => {
    expect(offered('writer', 'none')).toEqual(['none', 'ready'])
    expect(offered('writer', 'ready')).toEqual(['none', 'ready'])
    expect(offered('writer', 'changes')).toEqual(['none', 'ready', 'changes'])
    expect(offered('editor', 'ready')).toEqual(['none', 'ready', 'changes'])
    expect(offered('admin', 'none')).toEqual(['none', 'ready', 'changes'])
  })
})
