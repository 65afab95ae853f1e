import { beforeAll, describe, expect, it, vi } from 'vitest'

import { payloadAdapter } from '@/lib/auth/adapter'
import { getCareerProfile, getComparePage, getSalaryExplorer } from '@/lib/content'
import { loadDesk } from '@/lib/editorial/desk'
import { deleteReaderAccount, exportReaderData } from '@/lib/readers/account'
import { readerReports, submitReport, withdrawReport } from '@/lib/readers/salaryReports'
import { DEFAULT_EXPLORER_QUERY } from '@/lib/salaries/explorer'
import { backfillReportVersions } from '@/lib/salaries/reports/backfill'
import { publishedFigures } from '@/lib/salaries/reports/figures'
import { foldableCohorts } from '@/lib/salaries/reports/foldIntoTable'
import { parseReport, type ReportInput } from '@/lib/salaries/reports/input'
import type { User } from '@/payload-types'

import { graphql, rest, roleData, salaryTableData, signedInStaff } from './helpers'
import { bootSite, payload } from './site'

/**
 * Salary reports from readers, on the real Payload: sending, editing and withdrawing through
 * lib/salaries/reports (as the contribute page does), flags, moderation over REST as the admin does it,
 * who may see what, the k ≥ 5 rule on every page read, erasure, and the fold into a table draft.
 */

bootSite()
const adapter = payloadAdapter(async () => payload)
const staff = { admin: '', editor: '', writer: '' }
const users = {} as Record<keyof typeof staff, User>
type Career = { id: string; slug: string; docId: number | string }
let career: Career
let other: Career
let draftCareer: string
const YEAR = new Date().getUTCFullYear()

let readerCount = 0
async function newReader() {
  readerCount += 1
  const user = await adapter.createUser!({
    email: `contributor-${readerCount}-${Date.now()}@example.com`,
    emailVerified: new Date(),
    name: `Contributor ${readerCount}`,
  })
  return user.id
}

function input(overrides: Partial<ReportInput> = {}): ReportInput {
  // An in-hand about what the CTC implies, so that only the tests about it raise its flag.
  const ctc = overrides.ctc ?? 1_800_000
  return {
    role: career.id,
    level: 'mid',
    yearsOfExperience: 4,
    city: 'pune',
    companyType: 'product',
    year: YEAR,
    ctc,
    fixed: 1_500_000,
    variable: 200_000,
    stock: 0,
    monthlyInHand: Math.round(ctc / 18),
    ...overrides,
  }
}

let sends = 0
/** Each send from its own network unless a test says otherwise, so bursts are only where meant. */
async function send(
  reader: string,
  overrides: Partial<ReportInput> = {},
  address = `2001:db8:${(sends += 1)}::1`,
) {
  const result = await submitReport(payload, reader, input(overrides), address)
  if (!result.ok) throw new Error(JSON.stringify(result))
  return result.id
}

const moderate = (
  id: string,
  data: Record<string, unknown>,
  token: string | undefined = staff.editor,
) => rest('PATCH', `salary-reports/${id}`, { token, body: data })

async function publishedCareer(title: string) {
  const role = await payload.create({
    collection: 'roles',
    data: { ...roleData(title), _status: 'published' },
  })
  return { id: String(role.id), slug: role.slug!, docId: role.id }
}

beforeAll(async () => {
  for (const role of ['admin', 'editor', 'writer'] as const) {
    const signedIn = await signedInStaff(payload, role)
    staff[role] = signedIn.token
    users[role] = signedIn.user
  }
  career = await publishedCareer('Report Analyst')
  other = await publishedCareer('Report Designer')
  draftCareer = String(
    (await payload.create({ collection: 'roles', data: roleData('Secret Career'), draft: true }))
      .id,
  )
})

/** The report as stored, whoever may see it; null once it is gone. */
const storedReport = (id: string) =>
  payload.findByID({ collection: 'salary-reports', id, overrideAccess: true, disableErrors: true })

describe('sending a report', () => {
  it('stores it for review under a pseudonym, one per reader, career and year', async () => {
    const reader = await newReader()
    const id = await send(reader, { role: other.id })
    const stored = await payload.findByID({
      collection: 'salary-reports',
      id,
      overrideAccess: true,
    })
    expect(stored).toMatchObject({ status: 'pending', ctc: 1_800_000, market: 'IN', flags: [] })
    expect(stored.contributor).toMatch(/^Contributor [0-9A-F]{10}$/)
    expect(stored.addressFingerprint).not.toContain('203.0.113.9')

    const again = await submitReport(payload, reader, input({ role: other.id }), '203.0.113.9')
    expect(again).toMatchObject({
      ok: false,
      errors: { year: expect.stringMatching(/already reported/) },
    })
    // Another year is another report; the same pseudonym shows it is the same person.
    const next = await send(reader, { role: other.id, year: YEAR - 1 })
    const second = await payload.findByID({
      collection: 'salary-reports',
      id: next,
      overrideAccess: true,
    })
    expect(second.contributor).toBe(stored.contributor)
  })

  it('refuses careers that are not public and bad figures, and saves nothing', async () => {
    const reader = await newReader()
    const before = (await payload.count({ collection: 'salary-reports', overrideAccess: true }))
      .totalDocs
    expect(await submitReport(payload, reader, input({ role: draftCareer }), 'x')).toMatchObject({
      ok: false,
      errors: { role: 'Choose a career from the list.' },
    })
    expect(await submitReport(payload, reader, input({ role: 'not-an-id' }), 'x')).toMatchObject({
      ok: false,
    })
    const parsed = parseReport({
      get: (n: string) =>
        ({
          role: career.id,
          level: 'mid',
          city: 'pune',
          companyType: 'product',
          year: String(YEAR),
          ctc: '10',
          fixed: '-1',
        })[n] ?? null,
    })
    expect(parsed.errors).toMatchObject({ fixed: 'Pay cannot be negative.' })
    expect(
      (await payload.count({ collection: 'salary-reports', overrideAccess: true })).totalDocs,
    ).toBe(before)
  })

  it('lets the reader edit (back to review) and withdraw their own report, and nobody else’s', async () => {
    const owner = await newReader()
    const stranger = await newReader()
    const id = await send(owner, { role: other.id })
    await moderate(id, { status: 'approved' })
    const edited = await submitReport(
      payload,
      owner,
      input({ role: other.id, ctc: 1_900_000 }),
      'x',
      id,
    )
    expect(edited).toEqual({ ok: true, id })
    const stored = await payload.findByID({
      collection: 'salary-reports',
      id,
      overrideAccess: true,
    })
    expect(stored).toMatchObject({ ctc: 1_900_000, status: 'pending', moderatedAt: null })

    await expect(
      submitReport(payload, stranger, input({ role: other.id }), 'x', id),
    ).rejects.toThrow(/does not exist/)
    await withdrawReport(payload, stranger, id)
    expect(await storedReport(id)).not.toBeNull()
    await withdrawReport(payload, owner, id)
    expect(await storedReport(id)).toBeNull()
  })

  it('caps how many reports one reader sends in a day', async () => {
    const reader = await newReader()
    const id = await send(reader, { role: other.id, year: YEAR - 2 })
    let result
    for (let edit = 0; edit < 10 && (!result || result.ok); edit += 1)
      result = await submitReport(
        payload,
        reader,
        input({ role: other.id, year: YEAR - 2, ctc: 1_800_000 + edit }),
        '198.51.100.1',
        id,
      )
    expect(result).toMatchObject({
      ok: false,
      message: expect.stringMatching(/many reports today\. Try again in \d+ minutes/),
    })
  })
})

describe('flags for editors', () => {
  it('marks an in-hand far from what the CTC implies, telling editors nothing they could not see', async () => {
    const read = async (id: string) =>
      await payload.findByID({ collection: 'salary-reports', id, overrideAccess: true })
    // ₹18 lakh CTC implies about ₹97,000–₹1,13,000 a month; ₹18,000 is a slipped digit.
    const slipped = await send(await newReader(), { role: other.id, monthlyInHand: 18_000 })
    // The same to ₹10,000 (what editors see), in a city that may be rare, with another typo.
    const twin = await send(await newReader(), {
      role: other.id,
      ctc: 1_803_000,
      city: 'kochi',
      monthlyInHand: 17_000,
    })
    const plausible = await send(await newReader(), {
      role: other.id,
      year: YEAR - 1,
      monthlyInHand: 104_000,
    })
    const flagged = await read(slipped)
    expect(flagged.flags).toContain('in-hand')
    expect(flagged.flagNotes).toMatch(
      /The monthly in-hand given is far from the ₹[\d,]+–₹[\d,]+ its CTC implies/,
    )
    // Editors never see in-hand pay, exact amounts or a rare city: the notes name none of them.
    const twinNotes = (await read(twin)).flagNotes!
    expect(flagged.flagNotes).not.toMatch(/₹18,000|₹17,000/)
    const inHandNote = (notes: string) => notes.split('\n').find((n) => n.includes('in-hand'))
    expect(inHandNote(twinNotes)).toBe(inHandNote(flagged.flagNotes!))
    expect((await read(plausible)).flags).not.toContain('in-hand')
  })

  it('marks figures unusual for the level, duplicates, bursts, and outliers against the approved cohort', async () => {
    const first = await newReader()
    const second = await newReader()
    const low = await send(first, {
      role: other.id,
      level: 'senior',
      ctc: 500_000,
      fixed: 400_000,
      variable: 0,
    })
    const copy = await send(second, {
      role: other.id,
      level: 'senior',
      ctc: 500_000,
      fixed: 400_000,
      variable: 0,
    })
    const flags = async (id: string) =>
      (await payload.findByID({ collection: 'salary-reports', id, overrideAccess: true })).flags
    expect(await flags(low)).toEqual(['implausible'])
    expect(await flags(copy)).toEqual(['implausible', 'duplicate'])

    const busy = await newReader()
    await send(busy, {
      role: other.id,
      level: 'fresher',
      ctc: 600_000,
      fixed: 500_000,
      variable: 0,
      year: YEAR - 1,
    })
    await send(busy, {
      role: career.id,
      level: 'fresher',
      ctc: 600_000,
      fixed: 500_000,
      variable: 0,
      year: YEAR - 2,
    })
    const third = await send(busy, {
      role: career.id,
      level: 'fresher',
      ctc: 610_000,
      fixed: 500_000,
      variable: 0,
      year: YEAR - 1,
    })
    expect(await flags(third)).toContain('burst')

    // Five approved staff-level reports around ₹40 lakh; ₹90 lakh is far outside 3 × MAD.
    for (const ctc of [38, 39, 40, 41, 42]) {
      const id = await send(
        await newReader(),
        { role: other.id, level: 'staff', ctc: ctc * 100_000, fixed: 3_000_000 },
        `192.0.2.${ctc}`,
      )
      expect((await moderate(id, { status: 'approved' })).status).toBe(200)
    }
    const far = await send(
      await newReader(),
      { role: other.id, level: 'staff', ctc: 9_000_000, fixed: 3_000_000 },
      '192.0.2.200',
    )
    const stored = await payload.findByID({
      collection: 'salary-reports',
      id: far,
      overrideAccess: true,
    })
    expect(stored.flags).toEqual(['outlier'])
    expect(stored.flagNotes).toMatch(
      /more than 3 × MAD from the median of 5 approved reports \(about ₹40 lakh, MAD about ₹1 lakh\)/,
    )
  })
})

describe('the editor’s desk', () => {
  it('lists reports waiting for review, flagged first, under pseudonyms; writers get no such list', async () => {
    const plain = await send(await newReader(), {
      role: other.id,
      year: YEAR - 1,
      level: 'senior',
      ctc: 3_000_000,
      fixed: 2_500_000,
    })
    const odd = await send(await newReader(), {
      role: other.id,
      year: YEAR - 1,
      level: 'fresher',
      ctc: 150_000,
      fixed: 100_000,
      variable: 0,
    })
    const desk = await loadDesk({ payload, user: users.editor, now: new Date() })
    const ids = desk.salaryReports!.map((item) => String(item.id))
    expect(ids.indexOf(odd)).toBeLessThan(ids.indexOf(plain))
    const item = desk.salaryReports!.find((i) => String(i.id) === odd)!
    expect(item.title).toMatch(
      new RegExp(`^Report Designer, ${YEAR - 1} · Contributor [0-9A-F]{10}$`),
    )
    expect(item.detail).toBe('flagged: unusual for the level')
    expect(
      (await loadDesk({ payload, user: users.writer, now: new Date() })).salaryReports,
    ).toBeNull()
  })
})

describe('who may see and change reports', () => {
  it('editors moderate without learning who sent a report; writers, readers and anonymous see nothing', async () => {
    const reader = await newReader()
    const id = await send(reader, {
      role: other.id,
      level: 'fresher',
      ctc: 700_000,
      fixed: 600_000,
      variable: 0,
    })

    const asEditor = await rest('GET', `salary-reports/${id}`, { token: staff.editor })
    expect(asEditor.status).toBe(200)
    expect(asEditor.json.contributor).toMatch(/^Contributor /)
    for (const hidden of ['reader', 'addressFingerprint', 'key'])
      expect(asEditor.json).not.toHaveProperty(hidden)
    const asAdmin = await rest('GET', `salary-reports/${id}`, { token: staff.admin })
    expect(String(asAdmin.json.reader?.id ?? asAdmin.json.reader)).toBe(String(reader))

    // Nor can they find a reader's reports by filtering on the hidden fields.
    for (const query of [
      `where[reader][equals]=${reader}`,
      `where[key][like]=${reader}:`,
      'where[addressFingerprint][exists]=true',
    ])
      expect((await rest('GET', `salary-reports?${query}`, { token: staff.editor })).status).toBe(
        400,
      )

    for (const token of [undefined, staff.writer]) {
      expect((await rest('GET', 'salary-reports', { token })).status).toBe(403)
      expect((await rest('GET', `salary-reports/${id}`, { token })).status).toBe(403)
      expect(
        (await rest('PATCH', `salary-reports/${id}`, { token, body: { status: 'approved' } }))
          .status,
      ).toBe(403)
    }
    expect(
      (await rest('POST', 'salary-reports', { token: staff.editor, body: input() })).status,
    ).toBe(403)
    expect((await rest('DELETE', `salary-reports/${id}`, { token: staff.editor })).status).toBe(403)
    expect(
      (await graphql('{ SalaryReports { docs { ctc } } }', staff.admin)).errors?.[0]?.message,
    ).toMatch(/Cannot query field "SalaryReports"/)

    // Editors change the status and reason only; the reader's figures are not theirs to alter.
    const refused = await moderate(id, { status: 'rejected' })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.json)).toMatch(/Tell the reader why/)
    const rejected = await moderate(id, {
      status: 'rejected',
      rejectionReason: 'That is a monthly figure.',
      ctc: 1,
    })
    expect(rejected.status).toBe(200)
    const stored = await payload.findByID({
      collection: 'salary-reports',
      id,
      overrideAccess: true,
    })
    expect(stored).toMatchObject({
      ctc: 700_000,
      status: 'rejected',
      rejectionReason: 'That is a monthly figure.',
    })
    expect(stored.moderatedAt).toBeTruthy()
    expect((await readerReports(payload, reader))[0]).toMatchObject({
      status: 'rejected',
      rejectionReason: 'That is a monthly figure.',
    })
    // Approving after a rejection clears the refusal the reader would otherwise still read.
    await moderate(id, { status: 'approved' })
    expect((await readerReports(payload, reader))[0]).toMatchObject({
      status: 'approved',
      rejectionReason: null,
    })

    // A save of the reason alone leaves the status and its stamp as they were.
    const stamped = (
      await payload.findByID({ collection: 'salary-reports', id, overrideAccess: true })
    ).moderatedAt
    expect((await moderate(id, { rejectionReason: 'A note' })).status).toBe(200)
    expect(
      await payload.findByID({ collection: 'salary-reports', id, overrideAccess: true }),
    ).toMatchObject({ status: 'approved', moderatedAt: stamped })

    expect((await rest('DELETE', `salary-reports/${id}`, { token: staff.admin })).status).toBe(200)
  })
})

describe('what editors see of a report', () => {
  it('amounts rounded to ₹10,000, no in-hand pay, a city only where five reports share it, and no query that undoes that', async () => {
    const role = await publishedCareer('Editor View Analyst')
    const rare = await send(await newReader(), {
      role: role.id,
      city: 'kochi',
      ctc: 1_234_567,
      fixed: 1_012_345,
      variable: 100_001,
      monthlyInHand: 70_123,
    })
    const common = [] as string[]
    for (let i = 0; i < 5; i += 1) {
      common.push(await send(await newReader(), { role: role.id, city: 'hyderabad' }))
      await moderate(common[i]!, { status: 'approved' })
    }
    // Four waiting reports in a guessed city do not reveal whether the first is there too.
    for (let i = 0; i < 4; i += 1) await send(await newReader(), { role: role.id, city: 'kochi' })

    const seen = (await rest('GET', `salary-reports/${rare}`, { token: staff.editor })).json
    expect(seen).toMatchObject({ ctc: 1_230_000, fixed: 1_010_000, variable: 100_000, city: null })
    expect(seen).not.toHaveProperty('monthlyInHand')
    const shared = (await rest('GET', `salary-reports/${common[0]}`, { token: staff.editor })).json
    expect(shared.city).toBe('hyderabad')
    // The admin's list view reads the same way.
    const list = await rest('GET', `salary-reports?where[role][equals]=${role.id}&limit=10`, {
      token: staff.editor,
    })
    expect(list.json.docs.map((d: { city: string | null }) => d.city).sort()).toEqual([
      'hyderabad',
      'hyderabad',
      'hyderabad',
      'hyderabad',
      'hyderabad',
      null,
      null,
      null,
      null,
      null,
    ])
    // The reader's own account page and the statistics read the exact figures.
    const stored = await payload.findByID({ collection: 'salary-reports', id: rare })
    expect(stored).toMatchObject({ ctc: 1_234_567, city: 'kochi', monthlyInHand: 70_123 })

    // A binary search on one report's CTC, or a filter or sort that places a hidden city: refused.
    for (const query of [
      `where[ctc][greater_than]=1230000`,
      `where[and][0][role][equals]=${role.id}&where[and][1][fixed][less_than]=1012346`,
      // Payload reads the combinators in any case, and nested.
      'where[OR][0][ctc][greater_than]=1230000',
      'where[And][0][stock][less_than]=1',
      `where[or][0][AND][0][role][equals]=${role.id}&where[or][0][AND][1][variable][equals]=100001`,
      'where[city][equals]=kochi',
      'where[OR][0][city][equals]=kochi',
      'where[monthlyInHand][exists]=true',
      'sort=city',
      'sort=-city',
      // The exact order, against a report of known pay, is a comparison at a time.
      'sort=-ctc',
      'sort=fixed',
    ]) {
      const answer = await rest('GET', `salary-reports?${query}`, { token: staff.editor })
      expect(answer.status, query).toBe(400)
      expect(JSON.stringify(answer.json)).toMatch(
        /cannot be filtered or sorted by|cannot be queried/,
      )
    }
    const counted = await rest('GET', 'salary-reports/count?where[Or][0][ctc][equals]=1234567', {
      token: staff.editor,
    })
    expect(counted.status).toBe(400)
    expect(
      (await rest('GET', 'salary-reports?sort=-createdAt', { token: staff.editor })).status,
    ).toBe(200)
    const bulk = await rest('PATCH', 'salary-reports?where[ctc][greater_than]=1', {
      token: staff.editor,
      body: { status: 'approved' },
    })
    expect(bulk.status).toBe(400)
    expect(
      (await rest('GET', 'salary-reports?where[ctc][greater_than]=1230000', { token: staff.admin }))
        .status,
    ).toBe(200)
  })
})

describe('reports sent before publication points', () => {
  it('are given one at their approval when the server starts, and count again', async () => {
    const role = await publishedCareer('Backfill Analyst')
    const ids = [] as string[]
    for (const ctc of [10, 11, 12, 13, 14]) {
      const id = await send(await newReader(), { role: role.id, ctc: ctc * 100_000 })
      await moderate(id, { status: 'approved' })
      ids.push(id)
    }
    // As a MongoDB database from before has them: approved, with no publication point.
    for (const id of ids)
      await payload.db.updateOne({ collection: 'salary-reports', id, data: { countsFrom: null } })
    expect((await publishedFigures(payload, [role.id]))[role.id]).toEqual([])
    expect(await backfillReportVersions(payload)).toBe(5)
    expect((await publishedFigures(payload, [role.id]))[role.id]![0]).toMatchObject({ n: 5 })
    expect(await backfillReportVersions(payload)).toBe(0)
  })
})

describe('the publication point', () => {
  it('an editor’s approval queues the refresh of the career’s figures for the point it counts from', async () => {
    vi.stubEnv('READER_FIGURES_EVERY_SECONDS', String(7 * 86_400))
    try {
      const role = await publishedCareer('Point Analyst')
      const id = await send(await newReader(), { role: role.id })
      // The editor cannot read countsFrom (it dates the account): the job must still be queued.
      const approved = await moderate(id, { status: 'approved' })
      expect(approved.status).toBe(200)
      expect(approved.json.doc).not.toHaveProperty('countsFrom')
      const stored = await payload.findByID({ collection: 'salary-reports', id, depth: 0 })
      const point = new Date(stored.countsFrom!)
      expect(point.getTime()).toBeGreaterThan(Date.now())
      const { docs } = await payload.find({
        collection: 'payload-jobs',
        where: { taskSlug: { equals: 'publishReaderFigures' } },
        pagination: false,
        depth: 0,
      })
      const queued = docs.filter((job) => (job.input as { role?: string })?.role === role.id)
      expect(queued).toHaveLength(1)
      expect(new Date(queued[0]!.waitUntil!).getTime()).toBe(point.getTime())
      // Saving it again (a note) queues nothing more.
      await moderate(id, { rejectionReason: null })
      const again = await payload.count({
        collection: 'payload-jobs',
        where: { taskSlug: { equals: 'publishReaderFigures' } },
      })
      expect(again.totalDocs).toBe(docs.length)
    } finally {
      vi.unstubAllEnvs()
    }
  })
})

describe('published figures', () => {
  it('appear only from five approved reports, on the profile, comparisons and explorer, and go when a reader leaves', async () => {
    await payload.create({
      collection: 'salary-tables',
      data: {
        ...salaryTableData(career.docId, {
          year: YEAR,
          rows: [{ level: 'mid', min: 12, max: 24 }],
        }),
        _status: 'published',
      } as never,
    })
    const readers = [] as string[]
    const ids = [] as string[]
    for (const [i, ctc] of [16, 17, 18, 19, 22].entries()) {
      readers.push(await newReader())
      ids.push(await send(readers[i]!, { ctc: ctc * 100_000 }, `198.18.0.${i}`))
    }
    const profile = () => getCareerProfile.uncached({ payload }, career.slug)
    for (const id of ids.slice(0, 4))
      expect((await moderate(id, { status: 'approved' })).status).toBe(200)
    expect((await profile())!.readerFigures).toEqual([])

    await moderate(ids[4]!, { status: 'approved' })
    const figures = (await profile())!.readerFigures
    expect(figures).toEqual([
      expect.objectContaining({
        dimension: 'all',
        level: 'mid',
        year: YEAR,
        n: 5,
        confidence: 'low',
      }),
      // All five are from Pune at product companies: the same five reports, nothing isolated; one
      // split only (city and company groups are never shown together).
      expect.objectContaining({ dimension: 'city', group: 'pune', n: 5 }),
    ])
    // The exact quartiles are 17, 18 and 19 lakh: published within 5 % of the median, in order.
    const [whole] = figures
    for (const [value, exact] of [
      [whole!.p25, 1_700_000],
      [whole!.median, 1_800_000],
      [whole!.p75, 1_900_000],
    ])
      expect(Math.abs(value! - exact!)).toBeLessThanOrEqual(95_000)
    expect(whole!.p25).toBeLessThanOrEqual(whole!.median)
    expect(whole!.median).toBeLessThanOrEqual(whole!.p75)
    // The same members give the same figures on every read.
    expect((await profile())!.readerFigures).toEqual(figures)
    const pair = await getComparePage.uncached(
      { payload },
      [career.slug, other.slug].sort().join('-vs-'),
    )
    expect(pair?.kind === 'generated' && pair.comparison.readerFigures[career.id]).toEqual(figures)
    const explorer = await getSalaryExplorer.uncached(
      { payload },
      { ...DEFAULT_EXPLORER_QUERY, level: 'mid' },
    )
    const row =
      'view' in explorer ? explorer.view.rows.find((r) => r.careerSlug === career.slug) : undefined
    expect(row?.readerReport?.sentence).toBe(
      `Reader reports: median ₹${whole!.median / 100_000} LPA, n = 5, low confidence, ${YEAR}`,
    )

    // The reader's export holds their report; deleting the account deletes it and the figure goes.
    const exported = await exportReaderData(payload, readers[0]!)
    expect(exported.salaryReports).toEqual([
      expect.objectContaining({ ctc: 1_600_000, status: 'approved' }),
    ])
    // Flags are staff notes made from other readers' reports: never in a reader's download.
    expect(exported.salaryReports[0]).not.toHaveProperty('flags')
    await deleteReaderAccount(payload, readers[0]!)
    expect((await profile())!.readerFigures).toEqual([])
    expect((await publishedFigures(payload, [career.id]))[career.id]).toEqual([])
  })

  it('an editor folds a cohort into a salary-table draft in one action; writers cannot', async () => {
    const role = await publishedCareer('Fold Engineer')
    for (const [i, ctc] of [10, 11, 12, 13, 14, 15].entries()) {
      const id = await send(
        await newReader(),
        { role: role.id, level: 'fresher', ctc: ctc * 100_000, fixed: 900_000, variable: 0 },
        `198.19.0.${i}`,
      )
      await moderate(id, { status: 'approved' })
    }
    const body = { role: role.id, year: YEAR }
    expect(
      (await rest('POST', 'salary-reports/draft-table', { token: staff.writer, body })).status,
    ).toBe(403)
    expect((await rest('POST', 'salary-reports/draft-table', { body })).status).toBe(403)
    const made = await rest('POST', 'salary-reports/draft-table', { token: staff.editor, body })
    expect(made.status).toBe(201)
    const table = await payload.findByID({
      collection: 'salary-tables',
      id: made.json.id,
      draft: true,
    })
    expect(table).toMatchObject({
      _status: 'draft',
      method: 'reader-reports',
      sampleSize: 6,
      year: YEAR,
      rows: [expect.objectContaining({ level: 'fresher' })],
    })
    // p25, median and p75 of 10–15 lakh are 11.25, 12.5 and 13.75: as published, within 5 %.
    const [row] = table.rows
    expect(Math.abs(row!.min - 11.25)).toBeLessThanOrEqual(0.7)
    expect(Math.abs(row!.median! - 12.5)).toBeLessThanOrEqual(0.7)
    expect(Math.abs(row!.max - 13.75)).toBeLessThanOrEqual(0.7)
    // The admin's panel lists the cohort, now pointing at the draft table instead of offering another.
    expect((await foldableCohorts(payload)).find((c) => c.roleId === role.id)).toEqual({
      roleId: role.id,
      career: 'Fold Engineer',
      year: YEAR,
      levels: [{ level: 'fresher', n: 6 }],
      tableId: String(made.json.id),
    })
    const again = await rest('POST', 'salary-reports/draft-table', { token: staff.editor, body })
    expect(again.status).toBe(400)
    expect(again.json.errors[0].message).toMatch(/already/)
    for (const bad of [{ role: 'abc', year: YEAR }, { role: role.id, year: 'soon' }, {}, null])
      expect(
        (await rest('POST', 'salary-reports/draft-table', { token: staff.editor, body: bad }))
          .status,
      ).toBe(400)
    const none = await rest('POST', 'salary-reports/draft-table', {
      token: staff.editor,
      body: { role: role.id, year: YEAR - 1 },
    })
    expect(none.json.errors[0].message).toMatch(
      /No level of this career has 5 approved reader reports/,
    )
  })
})
