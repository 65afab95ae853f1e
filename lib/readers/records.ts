import type { Payload } from 'payload'

import { saveKey } from './keys'
import { keyedId, type SavedTarget, targetOf } from './targets'
import { STAGE_STATUSES, type StageStatus } from './vocabulary'

const isStageStatus = (status: string): status is StageStatus =>
  (STAGE_STATUSES as readonly string[]).includes(status)

/**
 * The reader's own records, read for one reader at a time. `readerId` always comes from the reader's
 * session (lib/auth/session.ts), never from the request, and every query here filters on it: that
 * filter is what keeps one reader out of another's data. These collections are closed through
 * Payload's access control (admins only), hence overrideAccess in lib/readers and nowhere else.
 */

export type StageProgress = Record<string, StageStatus>

export const asSystem = { overrideAccess: true, depth: 0 } as const

/** A reader's account as far as anything but the account page needs it: when it was made. */
export const findReaderAccount = (payload: Payload, readerId: number | string) =>
  payload.findByID({
    collection: 'readers',
    id: readerId,
    select: { createdAt: true },
    disableErrors: true,
    ...asSystem,
  })

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

export async function saveRows(payload: Payload, readerId: string | number, target?: SavedTarget) {
  // The unique key names reader and page: one indexed lookup.
  const key = target && saveKey(readerId, target.collection, keyedId(payload, target))
  const { docs } = await payload.find({
    collection: 'bookmarks',
    where: key ? { and: [ownedBy(readerId), { key: { equals: key } }] } : ownedBy(readerId),
    pagination: false,
    sort: '-createdAt',
    ...asSystem,
  })
  return withTargets(docs)
}

/**
 * Records with what each is on. Deleting a profile or article leaves its saves and notes without one
 * (the SQL adapters drop the relationship row): those are skipped wherever records are read.
 */
export const withTargets = <T extends Parameters<typeof targetOf>[0]>(records: T[]) =>
  records.flatMap((record) => {
    const target = targetOf(record)
    return target ? [{ ...record, target }] : []
  })

/** The stages a reader has started or finished; stages set back to not started are left out. */
export const progressMap = (rows: { stage: string; status: string }[]): StageProgress =>
  Object.fromEntries(
    rows.flatMap((r) => (isStageStatus(r.status) ? [[r.stage, r.status] as const] : [])),
  )
