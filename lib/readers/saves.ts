import type { Payload } from 'payload'

import { toDocId } from '../platform/ids'
import { ReaderDataError } from './errors'
import { pageChanges, type PageFacts } from './pageChanges'
import { currentPageFacts } from './pageFacts'
import { pageKey, publishedPage } from './publishedPages'
import { asSystem, ownedBy, saveRows } from './records'
import { keyedId, type SavedTarget, storedTarget } from './targets'

const factsOf = async (payload: Payload, target: SavedTarget) =>
  (await currentPageFacts(payload, [target])).get(pageKey(target.collection, target.id)) ?? null

/** Saves a public page; saving it twice keeps one save. */
export async function savePage(
  payload: Payload,
  reader: string,
  target: SavedTarget,
): Promise<void> {
  const readerId = toDocId(payload, reader)
  keyedId(payload, target) // an id this database cannot hold is a 400, before any query
  const { page } = await publishedPage(payload, target)
  if (!page) throw new ReaderDataError('That page does not exist or is not published.', 404)
  if ((await saveRows(payload, readerId, target)).length) return
  // Saving a page is reading it: later changes are measured from what it says now.
  const facts = await factsOf(payload, target)
  try {
    await payload.create({
      collection: 'bookmarks',
      data: {
        reader: readerId,
        ...storedTarget(payload, target),
        ...(facts && { seenAt: new Date().toISOString(), seenFacts: facts }),
      },
      ...asSystem,
    })
  } catch (error) {
    // A concurrent save of the same page won the unique key: the page is saved, which is what was asked.
    if (!(await saveRows(payload, readerId, target)).length) throw error
  }
}

export async function unsavePage(
  payload: Payload,
  reader: string,
  target: SavedTarget,
): Promise<void> {
  const readerId = toDocId(payload, reader)
  const rows = await saveRows(payload, readerId, target)
  if (!rows.length) return
  await payload.delete({
    collection: 'bookmarks',
    where: { and: [ownedBy(readerId), { id: { in: rows.map((r) => r.id) } }] },
    ...asSystem,
  })
}

/**
 * The reader opened a page they saved: what it says now is what they have seen, and /account stops
 * marking it changed (and the digest counts from here). Written only when something changed, or a
 * digest's record is to be cleared, so most page views write nothing.
 */
export async function markSeen(
  payload: Payload,
  reader: string,
  target: SavedTarget,
): Promise<{ saved: boolean }> {
  const readerId = toDocId(payload, reader)
  const [row] = await saveRows(payload, readerId, target)
  if (!row) return { saved: false }
  const facts = await factsOf(payload, target)
  const seen = row.seenFacts as PageFacts | null | undefined
  const unchanged = seen && pageChanges(seen, facts ?? seen).length === 0
  if (!facts || (unchanged && row.digestedFacts == null)) return { saved: true }
  await payload.update({
    collection: 'bookmarks',
    where: { and: [ownedBy(readerId), { id: { equals: row.id } }] },
    data: { seenAt: new Date().toISOString(), seenFacts: facts, digestedFacts: null },
    ...asSystem,
  })
  return { saved: true }
}
