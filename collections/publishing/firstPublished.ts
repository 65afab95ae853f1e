import type { CollectionBeforeChangeHook, DateField } from 'payload'

import { writeIntentOf } from './writeIntent'

const nobody = () => false

/**
 * When the document first went live, set by the server only. Whether a writer may delete a draft
 * depends on it (collections/access/roles.ts): version history cannot say, since Payload rewrites
 * the latest version in place on some saves and prunes old ones.
 */
export const firstPublishedAtField: DateField = {
  name: 'firstPublishedAt',
  type: 'date',
  access: { create: nobody, update: nobody },
  admin: { hidden: true },
}

export const markFirstPublished: CollectionBeforeChangeHook = ({ collection, data, req }) => {
  if (data._status !== 'published' || data.firstPublishedAt) return data
  if (!writeIntentOf(req, collection.slug).writesLiveRow) return data
  return { ...data, firstPublishedAt: new Date().toISOString() }
}
