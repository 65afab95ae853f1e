import type { CollectionBeforeChangeHook } from 'payload'

import { canPublish } from '@/lib/staff'

import { staffUser } from '../access/roles'
import { isUnpublish } from '../drafts'
import { publicError } from '../errors'

/**
 * Writers draft; only editors and admins change what readers see. A change is a publish when the
 * saved status is "published" (publishing, or editing the live document in place), and an unpublish
 * when a published document is set back to draft outside a draft save (`?draft=true`, which leaves
 * the live document alone and only adds a version).
 */
export const guardPublishing: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const user = staffUser(req)
  if (!user || canPublish(user)) return data
  const publishing = data._status === 'published'
  const unpublishing = isUnpublish(data, originalDoc, req)
  if (publishing || unpublishing) {
    const action = publishing ? 'publish or change live content' : 'unpublish'
    throw publicError(
      `Writers cannot ${action}: save a draft, and ask an editor to publish it.`,
      403,
    )
  }
  return data
}
