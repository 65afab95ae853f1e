import type { Payload } from 'payload'

import { toDocId } from '../platform/ids'
import { pageNotes } from './notes'
import { progressMap, saveRows, stageRows } from './records'
import type { SavedTarget } from './targets'

/** What a page's reader controls show: is this page saved, the reader's notes, and (on a profile) the roadmap progress. */
export async function readerPageState(payload: Payload, reader: string, target: SavedTarget) {
  const readerId = toDocId(payload, reader)
  const [saved, progress, notes] = await Promise.all([
    saveRows(payload, readerId, target),
    target.collection === 'roles'
      ? stageRows(payload, readerId, toDocId(payload, target.id))
      : Promise.resolve([]),
    pageNotes(payload, reader, target),
  ])
  return { saved: saved.length > 0, progress: progressMap(progress), notes }
}
