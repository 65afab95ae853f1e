import type { CollectionBeforeDeleteHook } from 'payload'

import { ONCE_PUBLISHED_DELETE_REFUSAL } from '@/lib/publishing'
import { canPublish } from '@/lib/staff'

import { staffUser } from '../access/roles'
import { publicError } from '../errors'

/**
 * Access already keeps writers to documents that are not live (collections/access/roles.ts); this
 * keeps them to drafts that were never published at all, so a document an editor took offline keeps
 * its history until an editor decides otherwise.
 */
export const guardDeletion: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  const user = staffUser(req)
  if (!user || canPublish(user)) return
  const { totalDocs } = await req.payload.countVersions({
    collection: collection.slug as 'roles' | 'articles' | 'salary-tables',
    where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
    req,
  })
  if (totalDocs > 0) throw publicError(ONCE_PUBLISHED_DELETE_REFUSAL, 403)
}
