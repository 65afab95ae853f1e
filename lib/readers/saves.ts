import type { Payload } from 'payload'

import { ReaderDataError } from './errors'
import { toDocId } from './ids'
import { publishedPage } from './publishedPages'
import { asSystem, bookmarkRows, ownedBy, type SavedTarget } from './records'

/** Saves a public page; saving it twice keeps one save. */
export async function savePage(
  payload: Payload,
  reader: string,
  target: SavedTarget,
): Promise<void> {
  const readerId = toDocId(payload, reader)
  const { page } = await publishedPage(payload, target.collection, target.id)
  if (!page) throw new ReaderDataError('That page does not exist or is not published.', 404)
  if ((await bookmarkRows(payload, readerId, target)).length) return
  try {
    await payload.create({
      collection: 'bookmarks',
      data: {
        reader: readerId,
        page: { relationTo: target.collection, value: toDocId(payload, target.id) },
      },
      ...asSystem,
    })
  } catch (error) {
    // A concurrent save of the same page won the unique key: the page is saved, which is what was asked.
    if (!(await bookmarkRows(payload, readerId, target)).length) throw error
  }
}

export async function unsavePage(
  payload: Payload,
  reader: string,
  target: SavedTarget,
): Promise<void> {
  const readerId = toDocId(payload, reader)
  const rows = await bookmarkRows(payload, readerId, target)
  if (!rows.length) return
  await payload.delete({
    collection: 'bookmarks',
    where: { and: [ownedBy(readerId), { id: { in: rows.map((r) => r.id) } }] },
    ...asSystem,
  })
}
