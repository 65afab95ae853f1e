import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Mail, MailRejected } from '@/lib/platform/mail'
import { accountOverview, exportReaderData } from '@/lib/readers/account'
import { digestWeek } from '@/lib/readers/digestMessage'
import { markSeen, savePage } from '@/lib/readers/saves'
import { unsubscribeToken } from '@/lib/readers/unsubscribe'
import { sendWeeklyDigests } from '@/lib/readers/weeklyDigest'

import { startSmtpInbox } from '../smtpInbox.mjs'
import { roleData, salaryTableData } from './helpers'
import { call, type Reader, readerFactory } from './readerRoutes'
import { bootSite, payload } from './site'

/**
 * "What changed" on saved pages and the weekly digest, on the real Payload and database: what a
 * reader saw is recorded when they save or open a page, published changes (never drafts) are
 * summarised on /account, the digest job mails each opted-in reader once a week at most through a
 * real SMTP server, and the unsubscribe link works without a session. Also the theme kept on the
 * account (later choice wins).
 */

bootSite()
const newReader = readerFactory(() => payload)
let first: { id: number | string }
let second: { id: number | string }
let table: { id: number | string }
let comparison: { id: number | string }
let asha: Reader
let ravi: Reader
let quiet: Reader

const SENIOR = { level: 'senior' as const, min: 18, max: 30, median: 24 }
const verdict = (winner: 'first' | 'second' | 'even') => [
  { dimension: 'Pay at senior levels', winner, summary: 'Who earns more at ten years.' },
]
const savedPage = async (reader: Reader, collection: string, id: number | string) =>
  (await accountOverview(payload, reader.id)).saved.find(
    (page) => page.collection === collection && page.id === String(id),
  )!
const weeksMailed = async (reader: Reader) =>
  (
    await payload.find({
      collection: 'reader-digests',
      where: { reader: { equals: reader.id } },
      sort: 'createdAt',
      overrideAccess: true,
    })
  ).docs.map((digest) => digest.week)
const accountOf = (reader: Reader) =>
  payload.findByID({ collection: 'readers', id: reader.id, overrideAccess: true })
const optIn = (reader: Reader) =>
  payload.update({
    collection: 'readers',
    id: reader.id,
    data: { weeklyDigest: true },
    overrideAccess: true,
  })

/** Publishes a new senior band for the first career's Indian table. */
const moveBand = (min: number, max: number, median: number) =>
  payload.update({
    collection: 'salary-tables',
    id: table.id,
    data: { rows: [{ level: 'senior', min, max, median }], _status: 'published' },
  })

beforeAll(async () => {
  first = await payload.create({
    collection: 'roles',
    data: { ...roleData('Digest Analyst'), _status: 'published' },
  })
  second = await payload.create({
    collection: 'roles',
    data: { ...roleData('Digest Scientist'), _status: 'published' },
  })
  table = await payload.create({
    collection: 'salary-tables',
    data: { ...salaryTableData(first.id, { rows: [SENIOR] }), _status: 'published' },
  })
  await payload.create({
    collection: 'salary-tables',
    data: { ...salaryTableData(second.id, { rows: [SENIOR] }), _status: 'published' },
  })
  comparison = await payload.create({
    collection: 'articles',
    data: {
      kind: 'comparison',
      title: 'Digest Analyst vs Digest Scientist',
      distinction: 'One reports, one models.',
      comparedRoles: [first.id, second.id] as number[],
      market: 'IN',
      verdicts: verdict('even'),
      _status: 'published',
    },
  })
  asha = await newReader('asha@digest.test')
  ravi = await newReader('ravi@digest.test')
  quiet = await newReader('quiet@digest.test')
})

describe('what changed since the reader last opened a saved page', () => {
  it('saving records what the page says: nothing is marked changed', async () => {
    await savePage(payload, asha.id, { collection: 'articles', id: String(comparison.id) })
    await savePage(payload, asha.id, { collection: 'roles', id: String(first.id) })
    await savePage(payload, ravi.id, { collection: 'roles', id: String(second.id) })
    await savePage(payload, quiet.id, { collection: 'roles', id: String(first.id) })
    expect((await savedPage(asha, 'articles', comparison.id)).changes).toEqual([])
    expect((await savedPage(asha, 'roles', first.id)).changes).toEqual([])
  })

  it('a draft changes nothing a reader sees', async () => {
    await payload.update({
      collection: 'salary-tables',
      id: table.id,
      data: { rows: [{ level: 'senior', min: 1, max: 2 }] },
      draft: true,
    })
    await payload.update({
      collection: 'articles',
      id: comparison.id,
      data: { verdicts: verdict('second') },
      draft: true,
    })
    expect((await savedPage(asha, 'articles', comparison.id)).changes).toEqual([])
    expect((await savedPage(asha, 'roles', first.id)).changes).toEqual([])
  })

  it('a published band move and a changed verdict are summarised on both pages that show them', async () => {
    await moveBand(20, 32, 26)
    await payload.update({
      collection: 'articles',
      id: comparison.id,
      data: { verdicts: verdict('first'), _status: 'published' },
    })
    const onComparison = (await savedPage(asha, 'articles', comparison.id)).changes
    expect(onComparison[0]).toMatch(/^New version published \d+ \w+ 20\d\d$/)
    expect(onComparison.slice(1)).toEqual([
      'Digest Analyst, Senior / Lead, India: ₹18–30 LPA → ₹20–32 LPA; median ₹24 LPA → ₹26 LPA',
      'Verdict on Pay at senior levels: now Digest Analyst (was Even)',
    ])
    expect((await savedPage(asha, 'roles', first.id)).changes).toEqual([
      'Senior / Lead, India: ₹18–30 LPA → ₹20–32 LPA; median ₹24 LPA → ₹26 LPA',
    ])
    // Ravi saved the other career, which did not change.
    expect((await savedPage(ravi, 'roles', second.id)).changes).toEqual([])
  })

  it('opening the page clears its mark; opening it again writes nothing', async () => {
    const seen = await call('seen', 'POST', {
      reader: asha,
      body: { collection: 'roles', id: String(first.id) },
    })
    expect(seen).toMatchObject({ status: 200, json: { saved: true } })
    expect((await savedPage(asha, 'roles', first.id)).changes).toEqual([])
    expect((await savedPage(asha, 'articles', comparison.id)).changes).toHaveLength(3)
    const row = async () =>
      (
        await payload.find({
          collection: 'bookmarks',
          where: { reader: { equals: asha.id }, 'page.value': { equals: first.id } },
          overrideAccess: true,
        })
      ).docs[0]!
    const before = await row()
    await markSeen(payload, asha.id, { collection: 'roles', id: String(first.id) })
    expect((await row()).updatedAt).toBe(before.updatedAt)
    expect((await exportReaderData(payload, asha.id)).savedPages).toContainEqual(
      expect.objectContaining({ id: String(first.id), lastOpenedAt: before.seenAt }),
    )
  })

  it('the seen route answers for pages the reader saved, and only to the reader', async () => {
    const notSaved = { collection: 'roles', id: String(second.id) }
    expect(await call('seen', 'POST', { reader: asha, body: notSaved })).toMatchObject({
      status: 200,
      json: { saved: false },
    })
    expect((await call('seen', 'POST', { body: notSaved })).status).toBe(401)
    expect(
      (await call('seen', 'POST', { reader: asha, body: { collection: 'users' } })).status,
    ).toBe(400)
    expect(
      (await call('seen', 'POST', { reader: asha, body: notSaved, origin: 'https://evil.test' }))
        .status,
    ).toBe(403)
  })
})

describe('the weekly digest', () => {
  let smtp: Awaited<ReturnType<typeof startSmtpInbox>>
  let inbox: typeof smtp.messages
  const now = new Date()
  const nextWeek = new Date(now.getTime() + 7 * 86_400_000)

  beforeAll(async () => {
    smtp = await startSmtpInbox(0)
    inbox = smtp.messages
    process.env.EMAIL_SERVER = `smtp://127.0.0.1:${smtp.port}`
    process.env.EMAIL_FROM = 'Careerscope <digest@careerscope.test>'
    await optIn(asha)
    await optIn(ravi)
  })

  afterAll(async () => {
    delete process.env.EMAIL_SERVER
    delete process.env.EMAIL_FROM
    await smtp.close()
  })

  it('the Payload job mails each opted-in reader with changes once, through SMTP', async () => {
    await payload.jobs.queue({ task: 'sendReaderDigests', input: {} })
    await payload.jobs.run()
    expect(inbox.map((mail) => mail.to)).toEqual([['asha@digest.test']])
    const mail = inbox[0]!
    expect(mail.subject).toBe(
      'A page you saved on Careerscope changed: Digest Analyst vs Digest Scientist',
    )
    expect(mail.text).toContain('- Verdict on Pay at senior levels: now Digest Analyst (was Even)')
    // The profile was opened after the change: it is not in the digest.
    expect(mail.text).not.toContain('/careers/')
    const unsubscribe = mail.text.match(/Stop these emails \(no sign-in needed\): (\S+)/)![1]!
    expect(unsubscribe).toContain(
      `/account/unsubscribe?token=${encodeURIComponent(unsubscribeToken(await accountOf(asha)))}`,
    )
    expect(mail.headerLines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^List-Unsubscribe: <http:\/\/\S+\/api\/reader\/digest\/unsubscribe\?token=\S+>$/,
        ),
        'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
      ]),
    )
    expect(await weeksMailed(asha)).toEqual([digestWeek(now)])
  })

  it('a second run in the same week sends nothing, whatever changed meanwhile', async () => {
    await moveBand(21, 33, 27)
    const run = await sendWeeklyDigests(payload, { now })
    expect(run).toEqual({ week: digestWeek(now), due: 0, sent: 0, failed: 0, refused: 0 })
    expect(inbox).toHaveLength(1)
  })

  it('next week reports only what changed since the last email, and nothing when nothing did', async () => {
    const sent: Mail[] = []
    const run = await sendWeeklyDigests(payload, {
      now: nextWeek,
      deliver: async (mail) => void sent.push(mail),
    })
    // Asha: the band moved again since the last digest (the comparison and her profile); quiet: not opted in.
    expect(run).toMatchObject({ due: 1, sent: 1, failed: 0 })
    expect(sent.map((m) => m.to)).toEqual(['asha@digest.test'])
    expect(sent[0]!.text).toContain('Digest Analyst, Senior / Lead, India: ₹20–32 LPA → ₹21–33 LPA')
    expect(sent[0]!.text).toContain('- Senior / Lead, India: ₹20–32 LPA → ₹21–33 LPA')
    // The verdict was in last week's email: not again.
    expect(sent[0]!.text).not.toContain('Verdict')
    const weekAfter = new Date(nextWeek.getTime() + 7 * 86_400_000)
    expect(
      await sendWeeklyDigests(payload, { now: weekAfter, deliver: async () => {} }),
    ).toMatchObject({ due: 0, sent: 0 })
  })

  it('a failed delivery gives the week back, so the next run sends it', async () => {
    const later = new Date(nextWeek.getTime() + 14 * 86_400_000)
    await moveBand(22, 34, 28)
    const failed = await sendWeeklyDigests(payload, {
      now: later,
      deliver: async () => {
        throw new Error('SMTP said no')
      },
    })
    expect(failed).toMatchObject({ due: 1, sent: 0, failed: 1 })
    expect(await weeksMailed(asha)).toEqual([digestWeek(now), digestWeek(nextWeek)])
    const retried = await sendWeeklyDigests(payload, { now: later, deliver: async () => {} })
    expect(retried).toMatchObject({ due: 1, sent: 1 })
    expect(await weeksMailed(asha)).toHaveLength(3)
  })

  it('two runs at once mail a reader once; a reader gone mid-run stops nobody else', async () => {
    const week = new Date(nextWeek.getTime() + 21 * 86_400_000)
    await moveBand(23, 35, 29)
    const gone = await newReader('gone@digest.test')
    await savePage(payload, gone.id, { collection: 'roles', id: String(first.id) })
    await optIn(gone)
    await moveBand(24, 36, 30)
    const sent: Mail[] = []
    const deliver = async (mail: Mail) => {
      sent.push(mail)
      // The first email out deletes the other reader before their turn (or after it).
      await payload.delete({
        collection: 'readers',
        where: { id: { equals: gone.id } },
        overrideAccess: true,
      })
    }
    const runs = await Promise.all([
      sendWeeklyDigests(payload, { now: week, deliver }),
      sendWeeklyDigests(payload, { now: week, deliver }),
    ])
    const toAsha = sent.filter((mail) => mail.to === 'asha@digest.test')
    expect(toAsha).toHaveLength(1)
    expect(sent.filter((mail) => mail.to === 'gone@digest.test').length).toBeLessThanOrEqual(1)
    expect(runs.reduce((total, run) => total + run.sent, 0)).toBe(sent.length)
    expect(runs.every((run) => run.failed === 0)).toBe(true)
  })

  it('an unpublished page is never in a digest', async () => {
    const third = await payload.create({
      collection: 'roles',
      data: { ...roleData('Digest Archivist'), _status: 'published' },
    })
    await savePage(payload, ravi.id, { collection: 'roles', id: String(third.id) })
    await payload.update({
      collection: 'roles',
      id: third.id,
      data: { summary: 'Changed and then taken down.', _status: 'published' },
    })
    expect((await savedPage(ravi, 'roles', third.id)).changes).toHaveLength(1)
    await payload.update({ collection: 'roles', id: third.id, data: { _status: 'draft' } })
    const sent: Mail[] = []
    await sendWeeklyDigests(payload, {
      now: new Date(nextWeek.getTime() + 28 * 86_400_000),
      deliver: async (mail) => void sent.push(mail),
    })
    expect(sent.map((m) => m.to)).not.toContain('ravi@digest.test')
  })

  it('a deleted page is skipped, on /account and in the digest; a refused address keeps its week', async () => {
    const doomed = await payload.create({
      collection: 'roles',
      data: { ...roleData('Digest Doomed'), _status: 'published' },
    })
    await savePage(payload, asha.id, { collection: 'roles', id: String(doomed.id) })
    await payload.delete({ collection: 'roles', id: doomed.id })
    expect((await accountOverview(payload, asha.id)).saved.map((page) => page.title)).not.toContain(
      'Digest Doomed',
    )
    await moveBand(25, 37, 31)
    const week = new Date(nextWeek.getTime() + 35 * 86_400_000)
    const refused = await sendWeeklyDigests(payload, {
      now: week,
      deliver: async () => {
        throw new MailRejected('550 no such mailbox')
      },
    })
    expect(refused).toMatchObject({ due: 1, sent: 0, failed: 0, refused: 1 })
    // The week stays claimed: no retry sends to that address again this week.
    expect(await weeksMailed(asha)).toContain(digestWeek(week))
    expect(await sendWeeklyDigests(payload, { now: week, deliver: async () => {} })).toMatchObject({
      due: 0,
    })
  })

  it('the one-click unsubscribe works without a session, and only with a token the site signed', async () => {
    const forged = await call('digest/unsubscribe', 'POST', {
      query: `?token=${ravi.id}.forged`,
      origin: null,
    })
    expect(forged).toMatchObject({ status: 400, json: { error: 'InvalidToken' } })
    const done = await call('digest/unsubscribe', 'POST', {
      query: `?token=${encodeURIComponent(unsubscribeToken(await accountOf(ravi)))}`,
      origin: null,
    })
    expect(done).toMatchObject({ status: 200, json: { weeklyDigest: false } })
    const reader = await accountOf(ravi)
    expect(reader.weeklyDigest).toBe(false)
    expect(reader.email).toBe('ravi@digest.test')
  })
})

describe('the theme on the account', () => {
  it('keeps the later choice, wherever it was made', async () => {
    expect(await call('preferences', 'GET', { reader: quiet })).toMatchObject({
      status: 200,
      json: { signedIn: true, theme: { theme: 'system', at: null } },
    })
    const dark = await call('preferences', 'PUT', {
      reader: quiet,
      body: { theme: 'dark', ago: 60_000 },
    })
    expect(dark.json.theme.theme).toBe('dark')
    const darkAt = Date.parse(dark.json.theme.at)
    expect(Date.now() - darkAt).toBeGreaterThanOrEqual(60_000)
    // An older choice (a browser that was offline for two minutes) does not undo it.
    const older = await call('preferences', 'PUT', {
      reader: quiet,
      body: { theme: 'light', ago: 120_000 },
    })
    expect(older.json.theme).toEqual(dark.json.theme)
    expect((await call('preferences', 'GET', { reader: quiet })).json.theme.theme).toBe('dark')
    expect((await exportReaderData(payload, quiet.id)).account).toMatchObject({
      theme: 'dark',
      weeklyDigest: false,
    })
  })

  it('refuses bad input, signed-out writes and other sites', async () => {
    expect(await call('preferences', 'GET')).toMatchObject({
      status: 200,
      json: { signedIn: false },
    })
    expect((await call('preferences', 'PUT', { body: { theme: 'dark' } })).status).toBe(401)
    const bad = await call('preferences', 'PUT', { reader: quiet, body: { theme: 'sepia' } })
    expect(bad).toMatchObject({ status: 400, json: { error: 'InvalidRequest' } })
    // A time so long ago that no date can hold it: a 400, not a 500.
    for (const ago of [1e300, 10 * 365 * 86_400_000, -1])
      expect(
        (await call('preferences', 'PUT', { reader: quiet, body: { theme: 'light', ago } })).status,
        String(ago),
      ).toBe(400)
    const crossSite = await call('preferences', 'PUT', {
      reader: quiet,
      body: { theme: 'light' },
      origin: 'https://evil.test',
    })
    expect(crossSite.status).toBe(403)
    expect((await call('preferences', 'GET', { reader: quiet })).json.theme.theme).toBe('dark')
  })
})
