import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import type { Drafted } from '@/lib/editorial/publishing'

import { writeIntentOf } from './writeIntent'

const key = (collection: string, id: unknown) =>
  `careerscope:liveBefore:${collection}:${String(id)}`

/**
 * Keeps the live row as readers saw it before a write that replaces it. Payload's `previousDoc` is
 * the latest version, which with autosave is usually a draft: taking it as "before" would miss the
 * old slug of a rename published from a draft, or the page of a document unpublished while a draft
 * was pending. Draft saves leave the live row alone, so they read nothing.
 */
export const rememberLiveDoc: CollectionBeforeChangeHook = async (args) => {
  const { collection, data, operation, originalDoc, req } = args
  if (operation !== 'update' || originalDoc?.id == null) return data
  if (!writeIntentOf(req, collection.slug).writesLiveRow) return data
  const live = await req.payload.db.findOne({
    collection: collection.slug,
    where: { id: { equals: originalDoc.id } },
    req,
  })
  req.context[key(collection.slug, originalDoc.id)] = live ?? null
  return data
}

/**
 * The document as readers saw it before this write: the live row remembered by rememberLiveDoc, or,
 * when none was (a create, or a path that skipped the hook), Payload's previousDoc.
 */
export function liveDocBefore<T>(
  req: PayloadRequest,
  collection: Drafted,
  id: unknown,
  previousDoc: T,
): T {
  const remembered = req.context[key(collection, id)]
  return remembered === undefined ? previousDoc : (remembered as T)
}
