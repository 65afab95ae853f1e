import type { Payload } from 'payload'

import { InvalidIdError, relationId, toDocId } from '../platform/ids'
import type { SaveableCollection, SaveableKind } from './vocabulary'

/**
 * What a reader's save or note is on, as lib/readers speaks of it: `{ collection, id }`. A generated
 * comparison has no document, so it is named by its two careers: collection "pairs", id "<a>-<b>"
 * with the two career ids in one order whichever way the reader came, so a pair is saved once.
 * Stored, a document is the record's `page` relationship and a pair its `pair` relationship (two
 * careers): deleting a career then leaves the pair incomplete, and it is skipped like a deleted page.
 */
export type SavedTarget = { collection: SaveableKind; id: string }

const PAIR_SEPARATOR = '-'
/** Ids as the databases make them: SQL row numbers, MongoDB's hex ObjectIds. No separator inside. */
const ID_PART = /^[A-Za-z0-9_]{1,32}$/

/** The two careers in the one order a pair is named by. */
const ordered = (a: string, b: string): [string, string] => (a < b ? [a, b] : [b, a])

export function pairTargetId(first: string | number, second: string | number): string {
  return ordered(String(first), String(second)).join(PAIR_SEPARATOR)
}

/** The two career ids a pair's id names, in order; null unless it names two different careers. */
export function pairCareers(id: string): [string, string] | null {
  const parts = id.split(PAIR_SEPARATOR)
  if (parts.length !== 2) return null
  const [a, b] = parts as [string, string]
  if (!ID_PART.test(a) || !ID_PART.test(b) || a === b) return null
  return ordered(a, b)
}

type StoredTarget = {
  page?: { relationTo: string; value: unknown } | null
  pair?: unknown[] | null
}

/**
 * What a stored save or note is on, or null when that is gone (a deleted page, or a pair missing a
 * deleted career): such records are skipped wherever they are read.
 */
export function targetOf(record: StoredTarget): SavedTarget | null {
  const pageId = relationId(record.page)
  if (record.page && pageId)
    return { collection: record.page.relationTo as SaveableCollection, id: pageId }
  const careers = (record.pair ?? []).map(relationId).filter((id): id is string => id !== null)
  return careers.length === 2 && careers[0] !== careers[1]
    ? { collection: 'pairs', id: pairTargetId(careers[0]!, careers[1]!) }
    : null
}

/** A pair target's two career ids; an id that names no pair is bad input (a 400 at the routes). */
function careersOf(target: SavedTarget): [string, string] {
  const careers = pairCareers(target.id)
  if (!careers) throw new InvalidIdError(target.id)
  return careers
}

/**
 * The target's id as its records' keys spell it (lib/readers/keys.ts): ids converted for this
 * database ("05" is row 5), a pair's careers in their one order.
 */
export function keyedId(payload: Payload, target: SavedTarget): string {
  if (target.collection !== 'pairs') return String(toDocId(payload, target.id))
  const [first, second] = careersOf(target)
  return pairTargetId(toDocId(payload, first), toDocId(payload, second))
}

/** The fields that store a target, for creating a save or a note. */
export function storedTarget(payload: Payload, target: SavedTarget) {
  if (target.collection !== 'pairs')
    return { page: { relationTo: target.collection, value: toDocId(payload, target.id) } }
  return { pair: careersOf(target).map((id) => toDocId(payload, id)) }
}

/** The ids of each kind among these targets, a pair's careers among the careers. */
export function targetIds(targets: SavedTarget[]) {
  const of = (kind: SaveableKind) => targets.filter((t) => t.collection === kind).map((t) => t.id)
  const pairs = of('pairs')
  return {
    roles: of('roles'),
    articles: of('articles'),
    pairs,
    pairCareers: pairs.flatMap((id) => pairCareers(id) ?? []),
  }
}
