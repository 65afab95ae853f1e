import { describe, expect, it } from 'vitest'

import { canSendMail, printsMail } from '@/lib/platform/mail'
import { digestMessage, digestWeek } from '@/lib/readers/digestMessage'
import { parseThemeChoice } from '@/lib/readers/input'
import {
  type BandFact,
  MAX_CHANGE_LINES,
  pageChanges,
  type PageFacts,
} from '@/lib/readers/pageChanges'
import { tokenMatches, tokenReaderId, unsubscribeToken } from '@/lib/readers/unsubscribe'

const band = (over: Partial<BandFact> = {}): BandFact => ({
  label: 'Senior / Lead, India',
  year: 2026,
  min: 18,
  max: 30,
  median: 24,
  currency: 'INR',
  unit: 'lpa',
  market: 'IN',
  ...over,
})

const facts = (over: Partial<PageFacts> = {}): PageFacts => ({
  version: '2026-11-01T10:00:00.000Z',
  bands: { '1:IN:senior': band() },
  compared: ['Data Scientist', 'Data Analyst'],
  verdicts: [{ dimension: 'Pay at senior levels', winner: 'even' }],
  ...over,
})

describe('what changed on a saved page', () => {
  it('reports nothing when nothing changed, or when there is no earlier reading', () => {
    expect(pageChanges(facts(), facts())).toEqual([])
    expect(pageChanges(null, facts())).toEqual([])
    expect(pageChanges(undefined, facts())).toEqual([])
  })

  it('says a salary band moved, in rupees, with the median', () => {
    const after = facts({ bands: { '1:IN:senior': band({ min: 20, max: 32, median: 26 }) } })
    expect(pageChanges(facts(), after)).toEqual([
      'Senior / Lead, India: ₹18–30 LPA → ₹20–32 LPA; median ₹24 LPA → ₹26 LPA',
    ])
  })

  it("says when a new year's figures replace the old, even if the band is the same", () => {
    const after = facts({ bands: { '1:IN:senior': band({ year: 2027 }) } })
    expect(pageChanges(facts(), after)).toEqual([
      'Senior / Lead, India: ₹18–30 LPA; 2027 figures replace 2026',
    ])
  })

  it('says a band appeared or went away', () => {
    const before = facts({ bands: { '1:IN:fresher': band({ label: 'Fresher, India' }) } })
    expect(pageChanges(before, facts())).toEqual([
      'Senior / Lead, India: new figures, ₹18–30 LPA (2026)',
      'Fresher, India: no longer shown',
    ])
  })

  it('says a verdict changed, appeared or was removed', () => {
    const after = facts({
      verdicts: [
        { dimension: 'Pay at senior levels', winner: 'first' },
        { dimension: 'Job volume', winner: 'second' },
      ],
    })
    expect(pageChanges(facts(), after)).toEqual([
      'Verdict on Pay at senior levels: now Data Scientist (was Even)',
      'New verdict on Job volume: Data Analyst',
    ])
    expect(pageChanges(after, facts())).toEqual([
      'Verdict on Pay at senior levels: now Even (was Data Scientist)',
      'Verdict on Job volume: removed',
    ])
  })

  it('a renamed career changes no verdict; keys like "constructor" are plain keys', () => {
    const renamed = facts({ compared: ['ML Scientist', 'Data Analyst'] })
    expect(pageChanges(facts(), renamed)).toEqual([])
    const odd = facts({ verdicts: [{ dimension: 'constructor', winner: 'even' }] })
    expect(pageChanges(facts({ verdicts: [] }), odd)).toEqual(['New verdict on constructor: Even'])
    expect(pageChanges(facts({ bands: {} }), facts({ bands: { constructor: band() } }))).toEqual([
      'Senior / Lead, India: new figures, ₹18–30 LPA (2026)',
    ])
  })

  it('puts a new published version first, with its date in India', () => {
    const after = facts({ version: '2026-11-30T20:00:00.000Z' })
    expect(pageChanges(facts(), after)).toEqual(['New version published 1 Dec 2026'])
  })

  it(`keeps the list to ${MAX_CHANGE_LINES} lines`, () => {
    const many = Object.fromEntries(
      Array.from({ length: 10 }, (_, i) => [`k${i}`, band({ label: `Band ${i}`, min: i + 1 })]),
    )
    const lines = pageChanges(facts({ bands: {} }), facts({ bands: many }))
    expect(lines).toHaveLength(MAX_CHANGE_LINES)
    expect(lines.at(-1)).toBe('…and 5 more changes')
  })
})

describe('the weekly digest', () => {
  it('counts ISO weeks in India: Monday 00:00 IST starts a new one', () => {
    expect(digestWeek(new Date('2026-12-06T18:29:59Z'))).toBe('2026-W49') // Sun 23:59 IST
    expect(digestWeek(new Date('2026-12-06T18:30:00Z'))).toBe('2026-W50') // Mon 00:00 IST
    expect(digestWeek(new Date('2027-01-01T06:00:00Z'))).toBe('2026-W53')
    expect(digestWeek(new Date('2027-01-04T06:00:00Z'))).toBe('2027-W01')
  })

  it('signs unsubscribe links: only the site can make one, for one account', () => {
    const asha = { id: 42, createdAt: '2026-11-01T10:00:00.000Z' }
    const token = unsubscribeToken(asha)
    expect(tokenReaderId(token)).toBe('42')
    expect(tokenMatches(token, asha)).toBe(true)
    // The same id given to a later account (SQLite may reuse a deleted row's id): not this link's.
    expect(tokenMatches(token, { id: 42, createdAt: '2026-12-01T10:00:00.000Z' })).toBe(false)
    expect(tokenMatches(token.replace(/^42/, '43'), { ...asha, id: 43 })).toBe(false)
    expect(tokenMatches(`${token}x`, asha)).toBe(false)
    expect(tokenMatches('42.', asha)).toBe(false)
    for (const bad of ['', null, ['42'], '.abc', '4 2.abc', 'x'.repeat(201)])
      expect(tokenReaderId(bad)).toBeNull()
    const mongo = { id: '65f0c0ffee0123456789abcd', createdAt: asha.createdAt }
    expect(tokenMatches(unsubscribeToken(mongo), mongo)).toBe(true)
  })

  it('writes each changed page with its link and changes, the unsubscribe link and the one-click header', () => {
    const mail = digestMessage(
      'reader@example.com',
      [
        { title: 'A <vs> B', path: '/compare/a-vs-b', changes: ['New verdict on Pay: A'] },
        {
          title: 'DevOps',
          path: '/careers/devops',
          changes: ['Fresher, India: ₹4–8 LPA → ₹5–9 LPA'],
        },
      ],
      3,
      {
        page: 'http://localhost:3000/account/unsubscribe?token=t',
        oneClick: 'http://x/one?token=t',
      },
    )
    expect(mail.subject).toBe('5 pages you saved on Careerscope changed')
    expect(mail.text).toContain('…and 3 more: see them all on your account.')
    expect(mail.text).toContain(
      'A <vs> B\nhttp://localhost:3000/compare/a-vs-b\n- New verdict on Pay: A',
    )
    expect(mail.text).toContain(
      'Stop these emails (no sign-in needed): http://localhost:3000/account/unsubscribe?token=t',
    )
    expect(mail.html).toContain('A &lt;vs&gt; B')
    expect(mail.html).not.toContain('<vs>')
    expect(mail.headers).toEqual({
      'List-Unsubscribe': '<http://x/one?token=t>',
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    })
  })

  it('is offered where mail can go: an SMTP server, or the log in development only', () => {
    expect(canSendMail({ EMAIL_SERVER: 'smtp://h:25', NODE_ENV: 'production' })).toBe(true)
    expect(canSendMail({ NODE_ENV: 'production' })).toBe(false)
    expect(canSendMail({ NODE_ENV: 'development' })).toBe(true)
    expect(printsMail({ EMAIL_SERVER: 'smtp://h:25', NODE_ENV: 'development' })).toBe(false)
  })
})

describe('the theme on the account', () => {
  it('takes a known theme and how long ago it was chosen, timed on the server', () => {
    const now = Date.parse('2026-12-01T10:00:00.000Z')
    expect(parseThemeChoice({ theme: 'dark', ago: 60_000 }, now)).toEqual({
      theme: 'dark',
      at: new Date('2026-12-01T09:59:00.000Z'),
    })
    expect(parseThemeChoice({ theme: 'system' }, now).at).toEqual(new Date(now))
    expect(() => parseThemeChoice({ theme: 'sepia' })).toThrow(/system", "light" or "dark/)
    for (const ago of [-1, 'yesterday', Number.NaN, Infinity])
      expect(() => parseThemeChoice({ theme: 'dark', ago })).toThrow(/"ago"/)
  })
})
