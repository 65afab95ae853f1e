import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { type ChangedDoc, expireTags, type TaggedCollection, tagsForChange } from '@/lib/revalidate'

import { writeIntentOf } from '../publishing/writeIntent'

/**
 * afterChange + afterDelete hooks that expire the cache tags of every page showing the document
 * (lib/revalidate.ts decides which). A draft save leaves the live document alone, so it expires
 * nothing: autosave every two seconds must not re-render the pages of a published career.
 */
export function revalidateHooks(collection: TaggedCollection): {
  afterChange: CollectionAfterChangeHook
  afterDelete: CollectionAfterDeleteHook
} {
  return {
    afterChange: ({ doc, previousDoc, req }) => {
      if (req.context.disableRevalidate) return doc
      if (!writeIntentOf(req, collection).writesLiveRow) return doc
      expireTags(tagsForChange(collection, doc as ChangedDoc, previousDoc as ChangedDoc))
      return doc
    },
    afterDelete: ({ doc, req }) => {
      if (!req.context.disableRevalidate)
        expireTags(tagsForChange(collection, null, doc as ChangedDoc))
      return doc
    },
  }
}
