import {
  type CollectionBeforeOperationHook,
  isolateObjectProperty,
  type PayloadRequest,
} from 'payload'

import { type Status, writesLiveRow } from '@/lib/editorial/publishing'

/**
 * What the current operation on a drafted collection writes, recorded by a beforeOperation hook
 * from the operation's own arguments. Payload passes hooks neither the `draft` argument nor the live
 * row (`originalDoc` is the latest version, often a draft), and `req.query.draft` is the URL's, not
 * the operation's: GraphQL takes `draft` as an argument and Local API callers pass it directly.
 */
export type WriteIntent = {
  collection: string
  writesLiveRow: boolean
  /** A version restore: it brings back an old version's content. */
  restoring: boolean
}

const KEY = 'careerscope:writeIntent'

type WriteArgs = { draft?: boolean; data?: { _status?: unknown } }

export const recordWriteIntent: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'restoreVersion') return
  const { draft, data } = args as WriteArgs
  const intent: WriteIntent = {
    collection: collection.slug,
    // A create writes its row whatever it asks; Payload forces a draft create's status to draft.
    writesLiveRow: operation === 'create' || writesLiveRow(draft, data?._status),
    restoring: operation === 'restoreVersion',
  }
  if (operation === 'restoreVersion') {
    // Restore reads its req before this hook runs, so the intent goes on the request itself.
    req.context[KEY] = intent
    return
  }
  // Each operation gets its own context, as Payload's GraphQL resolvers do for each mutation, so a
  // nested write (a hook saving another document) cannot overwrite this one's intent.
  const own = isolateObjectProperty(req, 'context')
  own.context = { ...req.context, [KEY]: intent }
  return { ...args, req: own }
}

/**
 * This operation's intent, or a live write when none was recorded for this collection: a path that
 * bypassed the hook is treated as the riskiest kind of write, never as a draft save.
 */
export function writeIntentOf(req: PayloadRequest, collection: string): WriteIntent {
  const intent = req.context[KEY] as WriteIntent | undefined
  return intent?.collection === collection
    ? intent
    : { collection, writesLiveRow: true, restoring: false }
}

/** The status of the live row readers see, or null when the document has none yet. */
export async function liveStatus(
  req: PayloadRequest,
  collection: 'roles' | 'articles' | 'salary-tables',
  id: number | string | undefined,
): Promise<Status | null> {
  if (id === undefined) return null
  const row = await req.payload.db.findOne<{ id: number | string; _status?: Status | null }>({
    collection,
    where: { id: { equals: id } },
    select: { _status: true },
    req,
  })
  if (!row) return null
  return row._status === 'published' ? 'published' : 'draft'
}
