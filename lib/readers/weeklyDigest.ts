import type { Payload } from 'payload'

import { relationId } from '../ids'
import { type Mail, sendMail } from '../mail/send'
import { digestMessage, type DigestPage, digestWeek } from './digestMessage'
import { pageChanges, type PageFacts } from './pageChanges'
import { currentPageFacts, factsHash } from './pageFacts'
import { pageKey, publishedPages } from './publishedPages'
import { asSystem } from './records'
import { unsubscribeUrls } from './unsubscribe'

/** Readers handled per round: one round reads their saves and the pages they point at together. */
const BATCH = 50

export type DigestRun = { week: string; due: number; sent: number; failed: number }
type Deliver = (mail: Mail) => Promise<void>

/**
 * Emails every reader who opted in the changes to their saved pages since they last opened them —
 * once per week at most (the week is claimed on the account before sending), only when something
 * changed that no earlier digest reported, and with every page read as the public sees it.
 * A failed delivery gives the week back, so the next run tries again.
 */
export async function sendWeeklyDigests(
  payload: Payload,
  {
    now = new Date(),
    deliver = (mail) => sendMail(mail, 'digest'),
  }: { now?: Date; deliver?: Deliver } = {},
): Promise<DigestRun> {
  const week = digestWeek(now)
  const { docs: readers } = await payload.find({
    collection: 'readers',
    where: {
      and: [
        { weeklyDigest: { equals: true } },
        { email: { exists: true } },
        { or: [{ digestSentWeek: { exists: false } }, { digestSentWeek: { not_equals: week } }] },
      ],
    },
    select: { email: true, digestSentWeek: true },
    pagination: false,
    sort: 'createdAt',
    ...asSystem,
  })
  const run: DigestRun = { week, due: 0, sent: 0, failed: 0 }
  for (let start = 0; start < readers.length; start += BATCH) {
    const batch = readers.slice(start, start + BATCH)
    for (const digest of await changedPagesOf(
      payload,
      batch.map((r) => r.id),
    )) {
      const reader = batch.find((r) => String(r.id) === digest.reader)
      if (!reader?.email) continue
      run.due++
      await payload.update({
        collection: 'readers',
        id: reader.id,
        data: { digestSentWeek: week },
        ...asSystem,
      })
      try {
        await deliver(digestMessage(reader.email, digest.pages, unsubscribeUrls(reader.id)))
      } catch (error) {
        payload.logger.error({ err: error, reader: reader.id }, 'weekly digest not delivered')
        await payload.update({
          collection: 'readers',
          id: reader.id,
          data: { digestSentWeek: reader.digestSentWeek ?? null },
          ...asSystem,
        })
        run.failed++
        continue
      }
      run.sent++
      for (const { bookmark, hash } of digest.reported)
        await payload.update({
          collection: 'bookmarks',
          id: bookmark,
          data: { digestedHash: hash },
          ...asSystem,
        })
    }
  }
  return run
}

/** Per reader of the batch who has any: their saved pages with changes no digest has reported yet. */
async function changedPagesOf(payload: Payload, readerIds: (string | number)[]) {
  const { docs: bookmarks } = await payload.find({
    collection: 'bookmarks',
    where: { and: [{ reader: { in: readerIds } }, { seenFacts: { exists: true } }] },
    select: { reader: true, page: true, seenFacts: true, digestedHash: true },
    pagination: false,
    sort: '-createdAt',
    ...asSystem,
  })
  const saves = bookmarks.map((bookmark) => ({
    bookmark,
    target: { collection: bookmark.page.relationTo, id: relationId(bookmark.page) ?? '' },
  }))
  const targets = saves.map((save) => save.target)
  const [facts, { pages }] = await Promise.all([
    currentPageFacts(payload, targets),
    publishedPages(payload, {
      roles: targets.filter((t) => t.collection === 'roles').map((t) => t.id),
      articles: targets.filter((t) => t.collection === 'articles').map((t) => t.id),
    }),
  ])
  const digests = new Map<
    string,
    { reader: string; pages: DigestPage[]; reported: { bookmark: string | number; hash: string }[] }
  >()
  for (const { bookmark, target } of saves) {
    const key = pageKey(target.collection, target.id)
    const now = facts.get(key)
    const page = pages.get(key)
    if (!now || !page) continue
    const hash = factsHash(now)
    const changes = pageChanges(bookmark.seenFacts as PageFacts, now)
    if (changes.length === 0 || hash === bookmark.digestedHash) continue
    const reader = relationId(bookmark.reader) ?? ''
    const digest = digests.get(reader) ?? { reader, pages: [], reported: [] }
    digest.pages.push({ title: page.title, path: page.path, changes })
    digest.reported.push({ bookmark: bookmark.id, hash })
    digests.set(reader, digest)
  }
  return [...digests.values()]
}
