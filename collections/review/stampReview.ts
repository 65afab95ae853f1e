import type { CollectionBeforeChangeHook } from 'payload'

import { nextReview, type Review } from '@/lib/editorial/review'
import { isPublisherUser } from '@/lib/staff'

import { staffUser } from '../access/roles'
import { publicError } from '../errors'
import { writeIntentOf } from '../publishing/writeIntent'

/**
 * Applies the review rules (lib/editorial/review.ts) to every write, on every path: stamps who asked and who
 * commented, refuses a writer's "changes requested", and clears the request when the page is
 * published. Also records the last member of staff to edit, which is how a writer's desk finds
 * their own drafts.
 */
export const stampReview: CollectionBeforeChangeHook = (args) => {
  const { collection, data, operation, originalDoc, req } = args
  const user = staffUser(req)
  const intent = writeIntentOf(req, collection.slug)
  const publishes = data._status === 'published' && intent.writesLiveRow
  // Restoring an old version brings back its content, not the hand-off it was in at the time.
  const restoring = intent.restoring
  const result = nextReview({
    previous: operation === 'update' ? (originalDoc?.review as Review | undefined) : undefined,
    requested: restoring ? undefined : (data.review as Review | undefined),
    actor: user ? { id: user.id, publisher: isPublisherUser(user) } : null,
    settles: publishes,
    now: new Date(),
  })
  if ('problem' in result) throw publicError(result.problem, 400)
  const lastEditedBy = user?.id ?? data.lastEditedBy ?? originalDoc?.lastEditedBy ?? null
  return { ...data, review: result.review, lastEditedBy }
}
