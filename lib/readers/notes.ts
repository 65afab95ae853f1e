import type { Payload, Where } from 'payload'

import { toDocId } from '../platform/ids'
import { ReaderDataError } from './errors'
import { noteKey } from './keys'
import { publishedPage } from './publishedPages'
import { asSystem, ownedBy } from './records'
import { keyedId, type SavedTarget, storedTarget, targetOf } from './targets'
import { NOTE_MAX_LENGTH } from './vocabulary'

/** A reader's notes on one page: on the page itself, and per roadmap stage. */
export type PageNotes = { page: string | null; stages: Record<string, string> }

/** A pair has no roadmap, so its one note (on the page) is found by its key. */
const onTarget = (payload: Payload, readerId: string | number, target: SavedTarget): Where =>
  target.collection === 'pairs'
    ? { key: { equals: noteKey(readerId, 'pairs', keyedId(payload, target), null) } }
    : {
        and: [
          { 'page.relationTo': { equals: target.collection } },
          { 'page.value': { equals: toDocId(payload, target.id) } },
        ],
      }

export async function noteRows(payload: Payload, readerId: string | number, target?: SavedTarget) {
  const { docs } = await payload.find({
    collection: 'reader-notes',
    where: target
      ? { and: [ownedBy(readerId), onTarget(payload, readerId, target)] }
      : ownedBy(readerId),
    pagination: false,
    sort: '-updatedAt',
    ...asSystem,
  })
  return docs
}

export async function pageNotes(
  payload: Payload,
  reader: string,
  target: SavedTarget,
): Promise<PageNotes> {
  const rows = await noteRows(payload, toDocId(payload, reader), target)
  const notes: PageNotes = { page: null, stages: {} }
  for (const row of rows) {
    if (row.stage) notes.stages[row.stage] = row.text
    else notes.page = row.text
  }
  return notes
}

/**
 * Writes the reader's note on a public page or one of its roadmap stages; an empty note deletes it.
 * Plain text up to NOTE_MAX_LENGTH characters.
 */
export async function setNote(
  payload: Payload,
  reader: string,
  target: SavedTarget,
  stage: string | null,
  text: string,
): Promise<PageNotes> {
  const readerId = toDocId(payload, reader)
  const trimmed = text.trim()
  if (trimmed.length > NOTE_MAX_LENGTH)
    throw new ReaderDataError(`Keep a note to ${NOTE_MAX_LENGTH} characters or fewer.`, 400)
  const key = noteKey(readerId, target.collection, keyedId(payload, target), stage)
  const { page, roadmap } = await publishedPage(payload, target)
  if (!page) throw new ReaderDataError('That page does not exist or is not published.', 404)
  if (stage && !roadmap?.stages.some((s) => s.id === stage))
    throw new ReaderDataError('That stage is not on this career’s roadmap.', 400)
  const { docs } = await payload.find({
    collection: 'reader-notes',
    where: { and: [ownedBy(readerId), { key: { equals: key } }] },
    limit: 1,
    ...asSystem,
  })
  const existing = docs[0]
  if (!trimmed) {
    if (existing)
      await payload.delete({
        collection: 'reader-notes',
        where: { and: [ownedBy(readerId), { id: { equals: existing.id } }] },
        ...asSystem,
      })
  } else if (existing) {
    await payload.update({
      collection: 'reader-notes',
      where: { and: [ownedBy(readerId), { id: { equals: existing.id } }] },
      data: { text: trimmed },
      ...asSystem,
    })
  } else {
    await payload.create({
      collection: 'reader-notes',
      data: {
        reader: readerId,
        ...storedTarget(payload, target),
        stage: stage ?? undefined,
        text: trimmed,
      },
      ...asSystem,
    })
  }
  return pageNotes(payload, reader, target)
}

/** For the export: every note, with what it is on. */
export async function exportNotes(payload: Payload, readerId: string | number) {
  return (await noteRows(payload, readerId)).map((n) => ({
    ...(targetOf(n) ?? { collection: null, id: null }),
    stage: n.stage ?? null,
    text: n.text,
    updatedAt: n.updatedAt,
  }))
}
