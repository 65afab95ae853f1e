import type { Payload } from 'payload'

import { relationId } from '../platform/ids'
import { failedForGood, type Mail, sendMail } from '../platform/mail'
import { digestMessage, type DigestPage, digestWeek } from './digestMessage'
import { pageChanges, type PageFacts } from './pageChanges'
import { currentPageFacts } from './pageFacts'
import { pageKey, publishedPages } from './publishedPages'
import { asSystem, withTargets } from './records'
import { unsubscribeUrls } from './unsubscribe'

/** Readers handled per round: one round reads their saves and the pages they point at together. */
const BATCH = 50
/** Pages listed in one email at most; the rest are on /account. */
export const MAX_DIGEST_PAGES = 20

/** `failed`: not delivered for now (sent again by the retry); `refused`: the address refused it for good. */
export type DigestRun = { week: string; due: number; sent: number; failed: number; refused: number }
type Deliver = (mail: Mail) => Promise<void>
type ReaderToMail = { id: number | string; email: string; createdAt: string }

/**
 * Emails every reader who opted in what changed on their saved pages — since the last digest told
 * them, or since they last opened the page if that is later — once per ISO week at most, and only
 * when something changed. Pages are read as the public sees them. A reader's week is claimed before
 * sending with a row whose unique key is reader + week (`reader-digests`), so overlapping runs,
 * retries and instances cannot both mail a reader; a failed delivery gives the claim back.
 */
export async function sendWeeklyDigests(
  payload: Payload,
  {
    now = new Date(),
    deliver = (mail) => sendMail(mail, 'digest'),
  }: { now?: Date; deliver?: Deliver } = {},
): Promise<DigestRun> {
  const week = digestWeek(now)
  const [{ docs: optedIn }, { docs: sent }] = await Promise.all([
    payload.find({
      collection: 'readers',
      where: { and: [{ weeklyDigest: { equals: true } }, { email: { exists: true } }] },
      select: { email: true, createdAt: true },
      pagination: false,
      sort: 'createdAt',
      ...asSystem,
    }),
    payload.find({
      collection: 'reader-digests',
      where: { week: { equals: week } },
      select: { reader: true },
      pagination: false,
      ...asSystem,
    }),
  ])
  const already = new Set(sent.map((digest) => relationId(digest.reader)))
  const readers = optedIn.filter((reader) => reader.email && !already.has(String(reader.id)))
  const run: DigestRun = { week, due: 0, sent: 0, failed: 0, refused: 0 }
  for (let start = 0; start < readers.length; start += BATCH) {
    const batch = readers.slice(start, start + BATCH)
    // One batch that cannot be read (a database hiccup) leaves the others to be mailed.
    const read = await readBatch(
      payload,
      batch.map((r) => r.id),
    ).catch((error: unknown) => {
      payload.logger.error({ err: error }, 'weekly digest: a batch of readers could not be read')
      run.failed += batch.length
      return null
    })
    if (!read) continue
    const reported = new Map<string, { facts: PageFacts; saves: (string | number)[] }>()
    for (const digest of read.digests) {
      const reader = batch.find((r) => String(r.id) === digest.reader)
      // Read again just now: the reader may have unsubscribed, or gone, since the run began.
      const email = read.stillOptedIn.get(digest.reader)
      if (!reader || !email) continue
      const outcome = await mailOne(payload, { ...reader, email }, week, digest, deliver).catch(
        (error) => {
          payload.logger.error({ err: error, reader: reader.id }, 'weekly digest not delivered')
          return 'failed' as const
        },
      )
      if (outcome === 'skipped') continue
      run.due++
      run[outcome]++
      if (outcome !== 'sent') continue
      // Only the pages the email listed: the rest are still to be told.
      for (const page of digest.reported.slice(0, MAX_DIGEST_PAGES)) {
        const entry = reported.get(page.key) ?? { facts: page.facts, saves: [] }
        entry.saves.push(page.save)
        reported.set(page.key, entry)
      }
    }
    await recordReported(payload, reported)
  }
  return run
}

type ReaderDigest = {
  reader: string
  pages: DigestPage[]
  reported: { save: string | number; key: string; facts: PageFacts }[]
}

/**
 * Claims the reader's week and sends; 'skipped' if it is not ours to send (another run has the
 * week, or the reader was deleted meanwhile).
 */
async function mailOne(
  payload: Payload,
  reader: ReaderToMail,
  week: string,
  digest: ReaderDigest,
  deliver: Deliver,
): Promise<'sent' | 'failed' | 'refused' | 'skipped'> {
  let claim: { id: number | string }
  try {
    claim = await payload.create({
      collection: 'reader-digests',
      data: { reader: reader.id as number, week, pages: digest.pages.length },
      ...asSystem,
    })
  } catch (error) {
    // The unique key refused it (another run has this reader's week), or the reader has just been
    // deleted; anything else is a failure.
    const [claims, stillThere] = await Promise.all([
      payload.count({
        collection: 'reader-digests',
        where: { and: [{ reader: { equals: reader.id } }, { week: { equals: week } }] },
        overrideAccess: true,
      }),
      payload.count({
        collection: 'readers',
        where: { id: { equals: reader.id } },
        overrideAccess: true,
      }),
    ])
    if (claims.totalDocs > 0 || stillThere.totalDocs === 0) return 'skipped'
    throw error
  }
  const shown = digest.pages.slice(0, MAX_DIGEST_PAGES)
  try {
    await deliver(
      digestMessage(
        reader.email,
        shown,
        digest.pages.length - shown.length,
        unsubscribeUrls(reader),
      ),
    )
  } catch (error) {
    // Refused for good (a bad address): the week stays claimed, so no retry sends it again.
    if (failedForGood(error)) {
      payload.logger.warn({ err: error, reader: reader.id }, 'weekly digest refused')
      return 'refused'
    }
    await payload.delete({
      collection: 'reader-digests',
      where: { id: { equals: claim.id } },
      ...asSystem,
    })
    throw error
  }
  return 'sent'
}

/**
 * Records on each save what the email said about its page, one write per page for the whole batch
 * (the same facts for every reader of it). Straight to the database: a system field no hook
 * concerns. Best effort once the emails are out: at worst next week's email repeats a change.
 */
async function recordReported(
  payload: Payload,
  reported: Map<string, { facts: PageFacts; saves: (string | number)[] }>,
) {
  for (const { facts, saves } of reported.values()) {
    try {
      await payload.db.updateMany({
        collection: 'bookmarks',
        where: { id: { in: saves } },
        data: { digestedFacts: facts },
        returning: false,
      })
    } catch (error) {
      payload.logger.error({ err: error }, 'weekly digest: what was sent could not be recorded')
    }
  }
}

/**
 * For a batch of readers: those still opted in now (with their address), and for each who has any,
 * their saved pages with changes no digest has reported yet.
 */
async function readBatch(payload: Payload, readerIds: (string | number)[]) {
  const { docs: current } = await payload.find({
    collection: 'readers',
    where: { and: [{ id: { in: readerIds } }, { weeklyDigest: { equals: true } }] },
    select: { email: true },
    pagination: false,
    ...asSystem,
  })
  const stillOptedIn = new Map(
    current.flatMap((r) => (r.email ? [[String(r.id), r.email] as const] : [])),
  )
  const { docs: rows } = await payload.find({
    collection: 'bookmarks',
    where: { and: [{ reader: { in: readerIds } }, { seenFacts: { exists: true } }] },
    select: { reader: true, page: true, pair: true, seenFacts: true, digestedFacts: true },
    pagination: false,
    sort: '-createdAt',
    ...asSystem,
  })
  const saves = withTargets(rows)
  const targets = saves.map((save) => save.target)
  const [facts, { pages }] = await Promise.all([
    currentPageFacts(payload, targets),
    publishedPages(payload, targets),
  ])
  const digests = new Map<string, ReaderDigest>()
  for (const save of saves) {
    const { target } = save
    const key = pageKey(target.collection, target.id)
    const now = facts.get(key)
    const page = pages.get(key)
    if (!now || !page) continue
    // Since the last digest told the reader, or since they opened the page (which clears that).
    const baseline = (save.digestedFacts ?? save.seenFacts) as PageFacts
    const changes = pageChanges(baseline, now)
    if (changes.length === 0) continue
    const reader = relationId(save.reader) ?? ''
    const digest = digests.get(reader) ?? { reader, pages: [], reported: [] }
    digest.pages.push({ title: page.title, path: page.path, changes })
    digest.reported.push({ save: save.id, key, facts: now })
    digests.set(reader, digest)
  }
  return { stillOptedIn, digests: [...digests.values()] }
}
