import type { Payload } from 'payload'

import type { Reader } from '@/payload-types'

/**
 * A relationship value as stored or as populated — `5`, `'5'`, `{ id: 5 }` or `{ relationTo, value }`
 * — as the id itself, its type kept (SQL adapters number their rows, MongoDB uses strings).
 */
export function relationValue(value: unknown): number | string | null {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'string' || typeof value === 'number') return value
  if (typeof value === 'object') {
    const record = value as { id?: unknown; value?: unknown }
    if ('value' in record) return relationValue(record.value)
    if ('id' in record) return relationValue(record.id)
  }
  return null
}

/** The same, as a string: for keys, sets and comparisons across adapters. */
export function relationId(value: unknown): string | null {
  const id = relationValue(value)
  return id === null ? null : String(id)
}

/** The ids a list of relationship values names, as strings, each once, in order. */
export const relationIds = (values: readonly unknown[] | null | undefined): string[] => [
  ...new Set((values ?? []).flatMap((value) => relationId(value) ?? [])),
]

/** payload-types.ts is generated from the SQL schema (numeric ids); on MongoDB the same values are strings. */
export type DocId = Reader['id']

const MAX_ROW_ID = 2_147_483_647

/**
 * next-auth and the browser carry ids as strings; the SQL adapters number their rows, MongoDB uses
 * ObjectId strings. Convert once, here, so every query is portable.
 */
export function toDocId(payload: Payload, id: string | number): DocId {
  if (payload.db.defaultIDType !== 'number') return String(id) as unknown as DocId
  const numeric = Number(id)
  // Postgres numbers rows with 32-bit integers: a larger id is no row, not a database error.
  if (!Number.isSafeInteger(numeric) || numeric <= 0 || numeric > MAX_ROW_ID)
    throw new InvalidIdError(String(id))
  return numeric
}

/** The same, or null for an id this database cannot hold: a lookup of it would find nothing. */
export function docIdOrNull(payload: Payload, id: string | number): DocId | null {
  try {
    return toDocId(payload, id)
  } catch (error) {
    if (error instanceof InvalidIdError) return null
    throw error
  }
}

export class InvalidIdError extends Error {
  constructor(id: string) {
    super(`Not a valid id: ${JSON.stringify(id)}`)
    this.name = 'InvalidIdError'
  }
}
