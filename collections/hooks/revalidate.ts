import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import {
  type ChangedDoc,
  expireTags,
  type TaggedCollection,
  tagsForChange,
} from '@/lib/platform/revalidate'

import { liveDocBefore } from '../publishing/liveBefore'
import { writeIntentOf } from '../publishing/writeIntent'

const isDrafted = (collection: TaggedCollection) =>
  collection === 'roles' || collection === 'articles' || collection === 'salary-tables'

/**
 * afterChange + afterDelete hooks that expire the cache tags of every page showing the document
 * (lib/platform/revalidate.ts decides which), as readers saw it before (the live row, not the latest draft)
 * and after. A draft save leaves the live document alone, so it expires nothing: autosave every two
 * seconds must not re-render the pages of a published career.
 */
export function revalidateHooks(collection: TaggedCollection): {
  afterChange: CollectionAfterChangeHook
  afterDelete: CollectionAfterDeleteHook
} {
  return {
    afterChange: ({ doc, previousDoc, req }) => {
      if (req.context.disableRevalidate) return doc
      if (!writeIntentOf(req, collection).writesLiveRow) return doc
      const before = isDrafted(collection)
        ? liveDocBefore(req, collection, doc.id, previousDoc)
        : previousDoc
      expireTags(tagsForChange(collection, doc as ChangedDoc, before as ChangedDoc))
      return doc
    },
    afterDelete: ({ doc, req }) => {
      if (!req.context.disableRevalidate)
        expireTags(tagsForChange(collection, null, doc as ChangedDoc))
      return doc
    },
  }
}
