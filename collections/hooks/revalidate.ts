import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { CONTENT_TAGS, expireTags, type TaggedCollection, tagsForChange } from '@/lib/revalidate'

/** afterChange + afterDelete hooks that expire the cache tags of every page showing the document. */
export function revalidateHooks(collection: TaggedCollection): {
  afterChange: CollectionAfterChangeHook
  afterDelete: CollectionAfterDeleteHook
} {
  return {
    afterChange: ({ doc, previousDoc, req }) => {
      if (!req.context.disableRevalidate) expireTags(tagsForChange(collection, doc, previousDoc))
      return doc
    },
    afterDelete: ({ doc, req }) => {
      if (!req.context.disableRevalidate) expireTags([CONTENT_TAGS[collection]])
      return doc
    },
  }
}
