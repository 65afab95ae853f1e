import type { CollectionBeforeChangeHook } from 'payload'

import { type Drafted, publishingRefusal, type Status } from '@/lib/editorial/publishing'
import { isPublisherUser } from '@/lib/staff'

import { staffUser } from '../access/roles'
import { publicError } from '../errors'
import { liveStatus, writeIntentOf } from './writeIntent'

/**
 * Writers draft; only editors and admins change what readers see. Runs on every write path —
 * REST, GraphQL, the Local API with a user, version restore, scheduled jobs, bulk updates and the
 * admin — and decides from the operation's own intent and the live row (lib/editorial/publishing.ts).
 */
export const guardPublishing: CollectionBeforeChangeHook = async (args) => {
  const { collection, data, operation, originalDoc, req } = args
  const user = staffUser(req)
  // The system (seed, migrations, jobs without a user) and editors are not limited here.
  if (!user || isPublisherUser(user)) return data
  const { writesLiveRow } = writeIntentOf(req, collection.slug)
  if (!writesLiveRow) return data
  const refusal = publishingRefusal({
    publisher: false,
    writesLiveRow,
    liveStatus:
      operation === 'create'
        ? null
        : await liveStatus(req, collection.slug as Drafted, originalDoc?.id),
    resultStatus: (data._status === 'published' ? 'published' : 'draft') as Status,
  })
  if (refusal) throw publicError(refusal, 403)
  return data
}
