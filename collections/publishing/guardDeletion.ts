import type { CollectionBeforeDeleteHook } from 'payload'

import { SCHEDULED_REFUSAL } from '@/lib/editorial/publishing'
import { isPublisherUser } from '@/lib/staff'

import { staffUser } from '../access/roles'
import { publicError } from '../errors'
import { hasPendingSchedule } from './schedules'

/**
 * Access keeps writers to drafts that were never published (collections/access/roles.ts); a draft
 * an editor has scheduled is theirs too, on every path (one document or many at once).
 */
export const guardDeletion: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  const user = staffUser(req)
  if (!user || isPublisherUser(user)) return
  if (await hasPendingSchedule(req, collection.slug, id)) throw publicError(SCHEDULED_REFUSAL, 403)
}
