import type { CollectionAfterChangeHook } from 'payload'

import { publicPath } from '@/lib/paths'

import { liveDocBefore } from '../publishing/liveBefore'

/**
 * Renaming a published page keeps its old address working: a permanent (308) redirect from the old
 * path to the document itself, so it follows any later rename too. A redirect from the new path is
 * removed, since a page lives there now.
 */
export function redirectRenamedPage(collection: 'roles' | 'articles'): CollectionAfterChangeHook {
  return async ({ doc, previousDoc, req }) => {
    // The page readers knew: the live row before this write, not the latest (draft) version.
    const before = liveDocBefore(req, collection, doc.id, previousDoc)
    if (before?._status !== 'published' || doc._status !== 'published') return doc
    const oldPath = publicPath(collection, before)
    const newPath = publicPath(collection, doc)
    if (!oldPath || !newPath || oldPath === newPath) return doc
    await req.payload.delete({ collection: 'redirects', where: { from: { equals: newPath } }, req })
    const data = {
      from: oldPath,
      to: { type: 'reference' as const, reference: { relationTo: collection, value: doc.id } },
      type: '308' as const,
    }
    const { docs } = await req.payload.find({
      collection: 'redirects',
      where: { from: { equals: oldPath } },
      limit: 1,
      depth: 0,
      req,
    })
    if (docs[0]) await req.payload.update({ collection: 'redirects', id: docs[0].id, data, req })
    else await req.payload.create({ collection: 'redirects', data, req })
    return doc
  }
}
