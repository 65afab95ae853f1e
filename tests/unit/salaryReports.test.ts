import { describe, expect, it } from 'vitest'

import { levelForYears, parseReport } from '@/lib/salaries/reports/input'
import {
  cohortFigures,
  confidenceTier,
  median,
  medianAbsoluteDeviation,
  moved,
  noNoise,
  outlierCheck,
  PERTURBATION_SHARE,
  quantile,
  type ReportForFigures,
  showableGroups,
} from '@/lib/salaries/reports/stats'
import { readerFigure } from '@/lib/salaries/reports/summary'
import {
  countsFrom,
  nextChangeAllowed,
  publicationPoint,
  reportTiming,
  resendAllowedFrom,
} from '@/lib/salaries/reports/timing'
import { parseRupees } from '@/lib/salaries/rupees'

const LAKH = 100_000

describe('quartiles and MAD', () => {
  it('interpolates quantiles between neighbours', () => {
    expect(quantile([10, 20, 30, 40, 50], 0.5)).toBe(30)
    expect(quantile([10, 20, 30, 40, 50], 0.25)).toBe(20)
    expect(quantile([10, 20, 30, 40], 0.5)).toBe(25)
    expect(quantile([10, 20, 30, 40], 0.25)).toBe(17.5)
    expect(median([7])).toBe(7)
    expect(() => quantile([], 0.5)).toThrow()
  })

  it('measures spread by the median absolute deviation, which one wild figure cannot drag', () => {
    expect(medianAbsoluteDeviation([1, 2, 3, 4, 100])).toBe(1)
    expect(medianAbsoluteDeviation([5, 5, 5, 5])).toBe(0)
  })

  it('flags a figure more than 3 × MAD from the approved median, and only with five approved reports', () => {
    const approved = [16, 17, 18, 19, 20].map((l) => l * LAKH) // median 18 L, MAD 1 L
    expect(outlierCheck(21 * LAKH, approved)).toBeNull()
    expect(outlierCheck(21.5 * LAKH, approved)).toMatchObject({ median: 18 * LAKH, mad: LAKH })
    expect(outlierCheck(14 * LAKH, approved)).not.toBeNull()
    expect(outlierCheck(90 * LAKH, approved.slice(0, 4))).toBeNull()
    // Identical reports: the spread is floored at 5 % of the median, so a near neighbour is not flagged.
    const same = Array(6).fill(10 * LAKH)
    expect(outlierCheck(11 * LAKH, same)).toBeNull()
    expect(outlierCheck(12 * LAKH, same)).not.toBeNull()
  })

  it('grades confidence by count: under 5 nothing, 5–14 low, 15–49 medium, 50+ high', () => {
    expect([4, 5, 14, 15, 49, 50].map(confidenceTier)).toEqual([
      null,
      'low',
      'low',
      'medium',
      'medium',
      'high',
    ])
  })
})

let nextId = 0
const report = (ctc: number, over: Partial<ReportForFigures> = {}): ReportForFigures => ({
  id: (nextId += 1),
  member: `v${nextId}`,
  market: 'IN',
  level: 'mid',
  year: 2026,
  city: 'bengaluru',
  companyType: 'product',
  ctc: ctc * LAKH,
  ...over,
})

describe('which cohorts may be shown', () => {
  it('never shows a cohort of fewer than five reports', () => {
    expect(
      cohortFigures(
        [10, 12, 14, 16].map((l) => report(l)),
        noNoise,
      ),
    ).toEqual([])
    const figures = cohortFigures(
      [10, 12, 14, 16, 18].map((l) => report(l)),
      noNoise,
    )
    const whole = figures.find((f) => f.dimension === 'all')
    expect(whole).toMatchObject({
      n: 5,
      p25: 12 * LAKH,
      median: 14 * LAKH,
      p75: 16 * LAKH,
      confidence: 'low',
    })
  })

  it('keeps levels and years apart, and publishes nothing broader than career × level × market × year', () => {
    const reports = [
      ...[10, 11, 12, 13, 14].map((l) => report(l)),
      ...[20, 21, 22, 23].map((l) => report(l, { level: 'senior' })),
      ...[9, 9, 9, 9].map((l) => report(l, { year: 2025 })),
    ]
    const figures = cohortFigures(reports, noNoise)
    expect(figures.filter((f) => f.dimension === 'all')).toEqual([
      expect.objectContaining({ level: 'mid', year: 2026, n: 5 }),
    ])
  })

  it('withholds groups until the reports outside the shown ones number none or five and more', () => {
    const groups = (sizes: Record<string, number>) =>
      new Map(Object.entries(sizes).map(([k, n]) => [k, Array(n).fill(0)]))
    const names = (shown: [string, unknown[]][]) => shown.map(([name]) => name)
    // 7 + 5 shown would leave 1 report (in "pune") that parent − both isolates: the smaller is
    // withheld, leaving 6 outside.
    expect(names(showableGroups(13, groups({ bengaluru: 7, hyderabad: 5, pune: 1 })))).toEqual([
      'bengaluru',
    ])
    expect(names(showableGroups(9, groups({ bengaluru: 5, pune: 4 })))).toEqual([])
    expect(names(showableGroups(12, groups({ bengaluru: 7, hyderabad: 5 })))).toEqual([
      'bengaluru',
      'hyderabad',
    ])
    expect(names(showableGroups(17, groups({ bengaluru: 7, hyderabad: 5, pune: 5 })))).toEqual([
      'bengaluru',
      'hyderabad',
      'pune',
    ])
    expect(
      names(showableGroups(16, groups({ bengaluru: 6, hyderabad: 5, pune: 3, mumbai: 2 }))),
    ).toEqual(['bengaluru', 'hyderabad'])
    // A group of all the parent's reports is the parent again: nothing is isolated.
    expect(names(showableGroups(6, groups({ pune: 6 })))).toEqual(['pune'])
  })

  it('no difference of two published figures of a career describes one to four reports', () => {
    // Random careers: every pair of published figures that nest must differ by 0 or ≥ 5 reports.
    let seed = 7
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    const cities = ['bengaluru', 'pune', 'chennai', 'mumbai']
    const types = ['product', 'startup', 'gcc']
    for (let trial = 0; trial < 200; trial += 1) {
      const reports = Array.from({ length: 5 + Math.floor(random() * 30) }, () =>
        report(10 + Math.floor(random() * 20), {
          city: cities[Math.floor(random() * cities.length)]!,
          companyType: types[Math.floor(random() * types.length)]!,
        }),
      )
      const figures = cohortFigures(reports, noNoise)
      const whole = figures.find((f) => f.dimension === 'all')!
      for (const dimension of ['city', 'companyType'] as const) {
        const shown = figures.filter((f) => f.dimension === dimension)
        const outside = whole.n - shown.reduce((sum, f) => sum + f.n, 0)
        expect(outside === 0 || outside >= 5).toBe(true)
        for (const f of shown) expect(f.n).toBeGreaterThanOrEqual(5)
      }
      // One split per cohort: a city group and a company group could differ by one report.
      expect(
        figures.some((f) => f.dimension === 'city') &&
          figures.some((f) => f.dimension === 'companyType'),
      ).toBe(false)
    }
  })

  it('computes every figure from moved amounts: each report moved by its own fixed share, at most 5 %', () => {
    // A stand-in for the keyed hash: the same version always moves by the same share.
    const hashNoise = (member: string) => {
      let h = 17
      for (const ch of member) h = (h * 31 + ch.charCodeAt(0)) % 1_000_003
      return (h / 1_000_003) * 2 - 1
    }
    const cohort = [14, 16, 18, 20, 22].map((l) => report(l))
    const [first] = cohortFigures(cohort, hashNoise)
    const [again] = cohortFigures([...cohort].reverse(), hashNoise)
    expect(again).toEqual(first)
    // The published quartiles are the quartiles of the moved amounts, rounded: in order by construction.
    const amounts = cohort.map((r) => moved(r, hashNoise)).sort((a, b) => a - b)
    expect([first!.p25, first!.median, first!.p75]).toEqual(
      [amounts[1]!, amounts[2]!, amounts[3]!].map((a) => Math.round(a / 10_000) * 10_000),
    )
    for (const r of cohort)
      expect(Math.abs(moved(r, hashNoise) - r.ctc)).toBeLessThanOrEqual(r.ctc * PERTURBATION_SHARE)
    expect(first!.p25).toBeLessThanOrEqual(first!.median)
    expect(first!.median).toBeLessThanOrEqual(first!.p75)

    // Reports joining on both sides leave the middle report the median: the very same figure, so
    // looking again after others come and go never draws a new amount to average away.
    const [wider] = cohortFigures([report(5), ...cohort, report(40)], hashNoise)
    expect(wider!.median).toBe(first!.median)

    // A changed report is a new version: it moves by a new amount, so an unchanged offset is never
    // applied to a changed value (the attack that recovered others' pay from one's own edits).
    const mine = cohort[2]!
    const edited = { ...mine, ctc: 19 * LAKH, member: `${mine.member}-edited` }
    expect(moved(edited, hashNoise) / edited.ctc).not.toBeCloseTo(
      moved(mine, hashNoise) / mine.ctc,
      3,
    )
  })

  it('rounds published figures to ₹10,000 and writes them as readers read pay', () => {
    const [whole] = cohortFigures(
      [1234567, 1500000, 1812345, 2000000, 2600000].map((r) => report(r / LAKH)),
      noNoise,
    )
    expect(whole!.median).toBe(1810000)
    expect(readerFigure(whole!).sentence).toBe(
      'Reader reports: median ₹18.1 LPA, n = 5, low confidence, 2026',
    )
  })
})

const form = (fields: Record<string, string>) => {
  const base: Record<string, string> = {
    role: '3',
    level: 'mid',
    city: 'pune',
    companyType: 'product',
    year: '2026',
    ctc: '18.5 LPA',
    fixed: '1500000',
    variable: '2,00,000',
    stock: '',
    monthlyInHand: '',
    ...fields,
  }
  return { get: (name: string) => base[name] ?? null }
}
const NOW = new Date('2026-12-01T00:00:00Z')

describe('the contribute form', () => {
  it('reads amounts as readers write them', () => {
    expect(parseRupees('18,50,000')).toBe(1_850_000)
    expect(parseRupees('₹18.5 LPA')).toBe(1_850_000)
    expect(parseRupees('18.5 lakh')).toBe(1_850_000)
    expect(parseRupees('1.2 cr')).toBe(12_000_000)
    expect(parseRupees('eighteen')).toBeNull()
  })

  it('accepts a sound report and derives the level from years of experience when none is chosen', () => {
    const parsed = parseReport(form({}), NOW)
    expect(parsed.report).toMatchObject({
      ctc: 1_850_000,
      fixed: 1_500_000,
      variable: 200_000,
      stock: 0,
      monthlyInHand: null,
    })
    expect(parseReport(form({ level: '', yearsOfExperience: '7' }), NOW).report?.level).toBe(
      'senior',
    )
    expect([0, 2, 3, 5, 6, 9, 10].map(levelForYears)).toEqual([
      'fresher',
      'fresher',
      'mid',
      'mid',
      'senior',
      'senior',
      'staff',
    ])
  })

  it('refuses negative pay, fixed above CTC, parts above CTC, implausible CTC and future years, saying why', () => {
    const errors = (fields: Record<string, string>) => parseReport(form(fields), NOW).errors ?? {}
    expect(errors({ fixed: '-5' }).fixed).toBe('Pay cannot be negative.')
    expect(errors({ fixed: '2000000' }).fixed).toBe('Fixed pay cannot be more than the whole CTC.')
    expect(errors({ variable: '400000' }).variable).toMatch(
      /add up to ₹19 lakh, more than the CTC of ₹18.5 lakh/,
    )
    expect(errors({ ctc: '185' }).ctc).toMatch(/outside what we accept for Mid-level/)
    expect(errors({ year: '2027' }).year).toBe('Report pay for 2024–2026.')
    expect(errors({ year: '2023' }).year).toBe('Report pay for 2024–2026.')
    expect(errors({ level: '', yearsOfExperience: '' }).level).toMatch(/Choose your level/)
    expect(errors({ monthlyInHand: '200000' }).monthlyInHand).toMatch(/more than your fixed pay/)
    expect(errors({ city: 'atlantis' }).city).toBeDefined()
    expect(errors({ role: '' }).role).toBeDefined()
  })
})

describe('when a report counts and when it may change', () => {
  const production = reportTiming({})
  const at = (iso: string) => new Date(iso)

  it('publishes at points: Mondays 00:00 IST by default, an approval counting from the next one', () => {
    // Monday 7 Dec 2026, 00:00 IST is Sunday 6 Dec, 18:30 UTC.
    expect(publicationPoint(at('2026-12-06T18:30:00Z'), production)).toEqual(
      at('2026-12-06T18:30:00Z'),
    )
    expect(publicationPoint(at('2026-12-06T18:30:01Z'), production)).toEqual(
      at('2026-12-13T18:30:00Z'),
    )
    expect(countsFrom(at('2026-12-08T10:00:00Z'), null, production)).toEqual(
      at('2026-12-13T18:30:00Z'),
    )
    // A new account's report waits until the account is 30 days old, then for the next point.
    expect(countsFrom(at('2026-12-08T10:00:00Z'), at('2026-12-01T00:00:00Z'), production)).toEqual(
      at('2027-01-03T18:30:00Z'),
    )
    const quick = reportTiming({
      READER_FIGURES_EVERY_SECONDS: '0',
      READER_REPORT_ACCOUNT_WAIT_DAYS: '0',
    })
    expect(countsFrom(at('2026-12-08T10:00:00Z'), at('2026-12-08T09:00:00Z'), quick)).toEqual(
      at('2026-12-08T10:00:00Z'),
    )
    expect(() => reportTiming({ READER_FIGURES_EVERY_SECONDS: '1e3' })).toThrow(/whole number/)
  })

  it('lets a report that has counted change once a year; one that never counted changes freely', () => {
    const now = at('2026-12-08T00:00:00Z')
    expect(
      nextChangeAllowed({ firstApprovedAt: null, changedAt: null }, now, production),
    ).toBeNull()
    expect(
      nextChangeAllowed(
        { firstApprovedAt: '2026-11-01T00:00:00Z', changedAt: null },
        now,
        production,
      ),
    ).toBeNull()
    expect(
      nextChangeAllowed(
        { firstApprovedAt: '2026-11-01T00:00:00Z', changedAt: '2026-11-20T00:00:00Z' },
        now,
        production,
      ),
    ).toEqual(at('2027-11-20T00:00:00Z'))
    expect(
      nextChangeAllowed(
        { firstApprovedAt: '2025-01-01T00:00:00Z', changedAt: '2025-11-20T00:00:00Z' },
        now,
        production,
      ),
    ).toBeNull()
    expect(resendAllowedFrom(now, production)).toEqual(at('2027-12-08T00:00:00Z'))
  })
})
