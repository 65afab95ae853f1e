import type { Payload } from 'payload'

import type { Reader } from '@/payload-types'

/** payload-types.ts is generated from the SQL schema (numeric ids); on MongoDB the same values are strings. */
export type DocId = Reader['id']

/**
 * next-auth and the browser carry ids as strings; the SQL adapters number their rows, MongoDB uses
 * ObjectId strings. Convert once, here, so every query is portable.
 */
export function toDocId(payload: Payload, id: string | number): DocId {
  if (payload.db.defaultIDType !== 'number') return String(id) as unknown as DocId
  const numeric = Number(id)
  if (!Number.isSafeInteger(numeric) || numeric <= 0) throw new InvalidIdError(String(id))
  return numeric
}

export class InvalidIdError extends Error {
  constructor(id: string) {
    super(`Not a valid id: ${JSON.stringify(id)}`)
    this.name = 'InvalidIdError'
  }
}
