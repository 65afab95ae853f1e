import type { Payload } from 'payload'

import { toDocId } from './ids'
import { bookmarkKey } from './keys'
import type { SaveableCollection, StageStatus } from './vocabulary'

/**
 * The reader's own records, read for one reader at a time. `readerId` always comes from the reader's
 * session (lib/auth/session.ts), never from the request, and every query here filters on it: that
 * filter is what keeps one reader out of another's data. These collections are closed through
 * Payload's access control (admins only), hence overrideAccess in lib/readers and nowhere else.
 */

export type SavedTarget = { collection: SaveableCollection; id: string }
export type StageProgress = Record<string, StageStatus>

export const asSystem = { overrideAccess: true, depth: 0 } as const

export const ownedBy = (readerId: string | number) => ({ reader: { equals: readerId } })

export async function stageRows(
  payload: Payload,
  readerId: string | number,
  roleId?: string | number,
) {
  const { docs } = await payload.find({
    collection: 'roadmap-progress',
    where:
      roleId === undefined
        ? ownedBy(readerId)
        : { and: [ownedBy(readerId), { role: { equals: roleId } }] },
    pagination: false,
    ...asSystem,
  })
  return docs
}

export async function bookmarkRows(
  payload: Payload,
  readerId: string | number,
  target?: SavedTarget,
) {
  // The unique key names reader and page: one indexed lookup.
  const key = target && bookmarkKey(readerId, target.collection, toDocId(payload, target.id))
  const { docs } = await payload.find({
    collection: 'bookmarks',
    where: key ? { and: [ownedBy(readerId), { key: { equals: key } }] } : ownedBy(readerId),
    pagination: false,
    sort: '-createdAt',
    ...asSystem,
  })
  return docs
}

export const progressMap = (rows: { stage: string; status: StageStatus }[]): StageProgress =>
  Object.fromEntries(rows.map((r) => [r.stage, r.status]))
