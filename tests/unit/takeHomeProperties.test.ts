import { describe, expect, it } from 'vitest'

import { impliedInHand, inHandAgreement, inHandProblem } from '@/lib/salaries/reports/inHand'
import { parseTakeHome, type TakeHomeDraft, takeHomeDraft } from '@/lib/salaries/takeHome/input'
import { takeHome } from '@/lib/salaries/takeHome/pay'
import { incomeTax } from '@/lib/salaries/takeHome/tax'
import { CURRENT_TAX_YEAR } from '@/lib/salaries/takeHome/taxYears'

const year = CURRENT_TAX_YEAR

function compute(query: TakeHomeDraft) {
  const parsed = parseTakeHome(query)
  if (parsed.errors) throw new Error(JSON.stringify(parsed.errors))
  return takeHome(parsed.input, parsed.year)
}

/** A seeded generator (mulberry32): the same "random" amounts on every run, so failures repeat. */
function seeded(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** CTCs from ₹3 lakh to ₹10 crore, log-spread, with every threshold and its neighbours. */
function amounts(): number[] {
  const random = seeded(2026)
  const list = Array.from({ length: 600 }, () => Math.round(3e5 * Math.pow(10e7 / 3e5, random())))
  for (const edge of [12e5, 50e5, 1e7, 2e7, 5e7])
    for (const offset of [-1000, -10, 0, 10, 1000, 60_000, 75_000, 85_000]) list.push(edge + offset)
  return [...new Set(list)].sort((a, b) => a - b)
}

const REGIMES = ['new', 'old'] as const

describe('take-home properties', () => {
  const list = amounts()

  it('tax, its parts and in-hand are never negative', () => {
    for (const ctc of list)
      for (const regime of REGIMES) {
        const r = compute({ ctc: String(ctc), regime }).regimes[regime]
        for (const value of [
          r.tax.totalTax,
          r.tax.rebate,
          r.tax.surcharge,
          r.tax.cess,
          r.taxOnVariable,
        ])
          expect(value).toBeGreaterThanOrEqual(0)
        expect(r.monthlyInHand).toBeGreaterThan(0)
      }
  })

  /**
   * Marginal relief caps tax and surcharge at the extra income; cess (4 %) is levied on top with no
   * relief, and both are rounded to ₹10. So a rise of Δ may cost at most 4 % of Δ plus ₹20. The old
   * regime's rebate has no marginal relief: ₹5 lakh taxable is its one cliff (tested below).
   */
  function assertRising(
    basis: 'ctc' | 'gross',
    kept: (result: ReturnType<typeof compute>, regime: 'new' | 'old') => number[],
  ) {
    let checked = 0
    for (const regime of REGIMES) {
      let previous: { amount: number; values: number[]; taxable: number } | null = null
      for (const amount of list) {
        const result = compute({ [basis]: String(amount), regime, state: 'none' })
        const values = kept(result, regime)
        const taxable = result.regimes[regime].tax.taxableIncome
        const oldCliff =
          regime === 'old' && previous && previous.taxable <= 500_000 && taxable > 500_000
        if (previous && !oldCliff) {
          const allowance = 0.04 * (amount - previous.amount) + 20
          values.forEach((value, i) =>
            expect(value, `${regime} ${basis} ${amount}`).toBeGreaterThanOrEqual(
              previous!.values[i]! - allowance,
            ),
          )
          checked++
        }
        previous = { amount, values, taxable }
      }
    }
    expect(checked).toBeGreaterThan(1000)
  }

  it('a higher gross salary never leaves less in hand, but for the cess on marginal relief', () => {
    assertRising('gross', (result, regime) => [
      result.regimes[regime].annualInHand,
      result.regimes[regime].monthlyInHand,
    ])
  })

  it('a higher CTC never leaves the reader less of it: in hand, PF, gratuity and NPS together', () => {
    // In hand alone can fall just above ₹50 lakh: relief is on taxable pay, and PF takes its 12 %
    // of basic out of the cash — the reader's money, saved rather than lost.
    assertRising('ctc', (result, regime) => {
      const { parts } = result
      const saved = parts.employeePf + parts.employerPf + parts.gratuity + parts.employerNps
      return [result.regimes[regime].annualInHand + saved]
    })
  })

  it('the old regime loses its whole rebate ₹10 above ₹5 lakh: the law has no relief there', () => {
    const at = compute({ gross: '550000', regime: 'old' }).regimes.old
    const above = compute({ gross: '550010', regime: 'old' }).regimes.old
    expect(at.tax.totalTax).toBe(0)
    expect(above.annualInHand).toBeLessThan(at.annualInHand - 12_000)
  })

  it('the regimes agree where the law makes them agree', () => {
    for (const income of [0, 100_000, 250_000, 400_000, 500_000])
      for (const regime of REGIMES)
        expect(incomeTax(income, year.regimes[regime], year).totalTax).toBe(0)
    // Surcharge rates are the same in both regimes up to ₹5 crore, and so is the cess.
    for (const income of list.filter((amount) => amount <= 5e7)) {
      const fresh = incomeTax(income, year.regimes.new, year)
      const old = incomeTax(income, year.regimes.old, year)
      expect(fresh.surchargeRate).toBe(old.surchargeRate)
    }
    // With no deductions and a salary too low for tax under either, the in-hand is the same.
    const low = compute({ ctc: '500000' })
    expect(low.regimes.new.annualInHand).toBe(low.regimes.old.annualInHand)
    expect(low.better).toBeNull()
  })

  it('the JSON twin and the page agree: the same parse, the same result', () => {
    const a = compute({ ctc: '18,50,000' })
    const b = compute({ ctc: '18.5 LPA' })
    expect(a).toEqual(b)
  })
})

describe('take-home input', () => {
  it('gives a message per bad parameter and computes nothing half-valid', () => {
    const parsed = parseTakeHome({
      ctc: 'eighteen',
      regime: 'both',
      basic: '120',
      pf: 'all',
      state: 'XX',
      rent: '-5',
      year: '2019-20',
    })
    expect(parsed.input).toBeUndefined()
    expect(Object.keys(parsed.errors ?? {}).sort()).toEqual(
      ['basic', 'ctc', 'pf', 'regime', 'rent', 'state', 'year'].sort(),
    )
    expect(parsed.errors?.ctc).toMatch(/rupees/)
  })

  it('refuses a CTC and a gross salary together, and pay too small or too large', () => {
    expect(parseTakeHome({ ctc: '10 LPA', gross: '9 LPA' }).errors?.gross).toMatch(/not both/)
    // Both problems are said, neither hides the other.
    expect(parseTakeHome({ ctc: 'x', gross: '10 LPA' }).errors).toEqual({
      ctc: expect.stringMatching(/rupees/),
      gross: expect.stringMatching(/not both/),
    })
    expect(parseTakeHome({ ctc: '10 LPA', gross: 'x' }).errors?.gross).toMatch(/rupees/)
    expect(parseTakeHome({ ctc: '50000' }).errors?.ctc).toBe(
      'Give a yearly amount from ₹1 lakh to ₹100 crore.',
    )
    expect(parseTakeHome({ ctc: '200 cr' }).errors?.ctc).toMatch(/to ₹100 crore/)
    expect(parseTakeHome({}).errors?.ctc).toMatch(/Give your annual CTC/)
  })

  it('reads percentages as plain decimals and refuses what only Number() would take', () => {
    for (const basic of ['0x10', '1e1', '0b110010', '%', ' 5 0', '-0'])
      expect(parseTakeHome({ ctc: '10 LPA', basic }).errors?.basic, basic).toBeDefined()
    expect(parseTakeHome({ ctc: '10 LPA', basic: '45%' }).input?.basicShare).toBe(45)
    expect(parseTakeHome({ ctc: '10 LPA', basic: '45.5 %' }).input?.basicShare).toBe(45.5)
  })

  it('refuses an over-long value rather than cutting it into a number, and caps every amount', () => {
    const long = `1500${'0'.repeat(96)}junk`
    const draft = takeHomeDraft(new URLSearchParams({ ctc: '10 LPA', section80c: long }))
    expect(parseTakeHome(draft).errors?.section80c).toMatch(/rupees a year/)
    expect(parseTakeHome({ ctc: '10 LPA', section80c: '500 cr' }).errors?.section80c).toMatch(
      /to ₹100 crore/,
    )
  })

  it('takes choices whatever their case', () => {
    const parsed = parseTakeHome({ ctc: '10 LPA', parentsSenior: 'Yes', state: 'mh', pf: 'BASIC' })
    expect(parsed.input).toMatchObject({ parentsSenior: true, state: 'MH', pf: 'basic' })
  })

  it('never leaves variable pay negative after its tax: a rebate it costs is withheld monthly', () => {
    for (const query of [
      { gross: '1287879', variable: '1' },
      { gross: '555500', variable: '1', regime: 'old' },
    ]) {
      const result = compute(query)
      for (const regime of REGIMES) {
        const r = result.regimes[regime]
        expect(r.variableInHand, `${JSON.stringify(query)} ${regime}`).toBeGreaterThanOrEqual(0)
        expect(r.taxOnVariable).toBeLessThanOrEqual(result.parts.variable)
        // The year adds up: twelve months and the variable pay, less nothing unexplained.
        expect(Math.abs(r.monthlyInHand * 12 + r.variableInHand - r.annualInHand)).toBeLessThan(12)
      }
    }
  })

  it('refuses assumptions that do not fit inside the pay, as the pay is divided', () => {
    expect(parseTakeHome({ ctc: '10 LPA', basic: '80', variable: '30' }).errors?.basic).toMatch(
      /lower one of them/,
    )
    // PF on the ceiling still takes its share; a gross salary carries no employer PF.
    const ceiling = { ctc: '10 LPA', basic: '90', variable: '10', gratuity: 'no', pf: 'ceiling' }
    expect(parseTakeHome(ceiling).errors?.basic).toMatch(/lower one of them/)
    expect(parseTakeHome({ gross: '10 LPA', basic: '90', pf: 'basic' }).errors).toBeUndefined()
  })
})

describe("readers' in-hand against the calculator", () => {
  const report = (ctc: number, monthlyInHand: number | null) => ({
    ctc,
    variable: ctc / 10,
    stock: 0,
    city: 'bengaluru',
    monthlyInHand,
  })

  it('accepts an in-hand inside what the CTC implies and flags a slipped digit or a yearly figure', () => {
    const implied = impliedInHand(report(1_800_000, null))!
    expect(implied.low).toBeLessThan(implied.high)
    expect(inHandProblem(report(1_800_000, implied.low))).toBeNull()
    expect(inHandProblem(report(1_800_000, implied.high))).toBeNull()
    expect(inHandProblem(report(1_800_000, Math.round(implied.low / 10)))).toMatch(/far from/)
    expect(inHandProblem(report(1_800_000, implied.high * 12))).toMatch(/far from/)
    expect(inHandProblem(report(1_800_000, null))).toBeNull()
    // A large variable share leaves basic less room, never no range at all.
    for (const share of [0.4, 0.42, 0.47, 0.5]) {
      const range = impliedInHand({ ...report(2_000_000, null), variable: 2_000_000 * share })
      expect(range, String(share)).not.toBeNull()
    }
  })

  it('measures agreement over the reports that give an in-hand', () => {
    const reports = [1_000_000, 1_800_000, 3_000_000].map((ctc) => {
      const { low, high } = impliedInHand(report(ctc, null))!
      return report(ctc, Math.round((low + high) / 2))
    })
    const agreement = inHandAgreement([...reports, report(2_000_000, null)])
    expect(agreement.count).toBe(3)
    expect(agreement.medianRatio).toBeCloseTo(1, 3)
    expect(agreement.insideShare).toBe(1)
  })
})
