import type { CollectionBeforeOperationHook } from 'payload'

import {
  BULK_REFUSAL,
  type Drafted,
  PUBLISH_REFUSAL,
  SCHEDULED_REFUSAL,
  statusProblem,
  UNPUBLISH_REFUSAL,
} from '@/lib/editorial/publishing'
import { isPublisherUser } from '@/lib/staff'

import { staffUser } from '../access/roles'
import { publicError } from '../errors'
import { hasPendingSchedule } from './schedules'
import { liveStatus } from './writeIntent'

type WriteArgs = {
  id?: number | string
  draft?: boolean
  data?: { _status?: unknown }
  publishAllLocales?: boolean
  unpublishAllLocales?: boolean
  publishSpecificLocale?: string
}

/**
 * Writers only ever save drafts. Their creates and updates are turned into draft saves, which add a
 * version and leave the live row readers see alone — so no race with an editor's publish, and no
 * status they could slip past a later check. What a draft save cannot express is refused with a
 * sentence saying what to do instead: publishing, unpublishing, changing many documents at once,
 * and changing a page an editor has scheduled (the schedule publishes the page as it is when it
 * runs). Payload's locale publishing flags, which rewrite the latest version in place, are dropped.
 * A status other than draft or published is refused for everyone.
 */
async function limitWriter({
  args,
  collection,
  operation,
  req,
}: Parameters<CollectionBeforeOperationHook>[0]) {
  if (operation !== 'create' && operation !== 'update' && operation !== 'delete') return
  const write = args as WriteArgs
  const invalid = statusProblem(write.data?._status)
  if (invalid) throw publicError(invalid, 400)
  const user = staffUser(req)
  if (!user || isPublisherUser(user)) return
  const slug = collection.slug as Drafted
  if (operation === 'delete') {
    // Access keeps writers to drafts never published; a scheduled one still belongs to the editor.
    if (write.id !== undefined && (await hasPendingSchedule(req, slug, write.id))) {
      throw publicError(SCHEDULED_REFUSAL, 403)
    }
    return
  }
  if (write.data?._status === 'published') throw publicError(PUBLISH_REFUSAL, 403)
  if (operation === 'update') {
    if (write.id === undefined) throw publicError(BULK_REFUSAL, 403)
    if (!write.draft && write.data?._status === 'draft') {
      if ((await liveStatus(req, slug, write.id)) === 'published') {
        throw publicError(UNPUBLISH_REFUSAL, 403)
      }
    }
    if (await hasPendingSchedule(req, slug, write.id)) throw publicError(SCHEDULED_REFUSAL, 403)
  }
  return {
    ...args,
    draft: true,
    publishAllLocales: undefined,
    unpublishAllLocales: undefined,
    publishSpecificLocale: undefined,
  } as typeof args
}

// Payload types the hook's result as one operation's arguments or another's, never a promise of
// either; the arguments returned are the operation's own, changed only as described above.
export const keepWritersToDrafts: CollectionBeforeOperationHook = (hookArgs) =>
  limitWriter(hookArgs) as unknown as ReturnType<CollectionBeforeOperationHook>
