import type { RegimeRules, TaxYearRules } from './rules'

/** One slab's share of the tax: the income in (`from`, `to`] at `rate`. */
export type SlabStep = { from: number; to: number; rate: number; tax: number }

export type TaxSteps = {
  /** Total income, rounded to the nearest ₹10 as the law asks. */
  taxableIncome: number
  slabs: SlabStep[]
  slabTax: number
  /** The rebate, including its marginal relief just above the rebate limit. */
  rebate: number
  /** The part of `rebate` that is marginal relief (income a little over the limit). */
  rebateMarginalRelief: number
  surchargeRate: number
  /** Surcharge after its marginal relief. */
  surcharge: number
  surchargeMarginalRelief: number
  cess: number
  /** Tax, surcharge and cess, rounded to the nearest ₹10. */
  totalTax: number
}

const roundTo = (value: number, step: number) => Math.round(value / step) * step

/** Tax on `income` by the slabs, slab by slab (only the slabs the income reaches). */
export function slabSteps(income: number, regime: RegimeRules): SlabStep[] {
  const steps: SlabStep[] = []
  let from = 0
  for (const slab of regime.slabs) {
    if (income <= from) break
    const to = slab.upTo === null ? income : Math.min(income, slab.upTo)
    steps.push({ from, to, rate: slab.rate, tax: ((to - from) * slab.rate) / 100 })
    if (slab.upTo === null) break
    from = slab.upTo
  }
  return steps
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0)

/** Slab tax less the rebate, with the marginal relief the rebate allows just above its limit. */
function afterRebate(income: number, regime: RegimeRules) {
  const slabTax = sum(slabSteps(income, regime).map((s) => s.tax))
  const { incomeUpTo, max, marginalRelief } = regime.rebate
  if (income <= incomeUpTo) {
    const rebate = Math.min(slabTax, max)
    return { slabTax, rebate, relief: 0 }
  }
  // Over the limit, the tax may not exceed the income above it (new regime only).
  const relief = marginalRelief ? Math.max(0, slabTax - (income - incomeUpTo)) : 0
  return { slabTax, rebate: relief, relief }
}

const taxAfterRebate = (income: number, regime: RegimeRules) => {
  const { slabTax, rebate } = afterRebate(income, regime)
  return slabTax - rebate
}

/**
 * Surcharge on the tax, with marginal relief: over each threshold, tax and surcharge together
 * exceed what they would be at the threshold by no more than the income above it.
 */
function surchargeOn(income: number, tax: number, regime: RegimeRules) {
  const steps = regime.surcharge
  const index = steps.findLastIndex((step) => income > step.over)
  if (index < 0 || tax <= 0) return { rate: 0, surcharge: 0, relief: 0 }
  const { over, rate } = steps[index]!
  const rateBelow = index > 0 ? steps[index - 1]!.rate : 0
  const full = (tax * rate) / 100
  const atThreshold = taxAfterRebate(over, regime) * (1 + rateBelow / 100)
  const capped = Math.max(0, atThreshold + (income - over) - tax)
  const surcharge = Math.min(full, capped)
  return { rate, surcharge, relief: full - surcharge }
}

/** Income tax on a total income, step by step, as the year's rules for this regime compute it. */
export function incomeTax(
  totalIncome: number,
  regime: RegimeRules,
  year: Pick<TaxYearRules, 'cess' | 'rounding'>,
): TaxSteps {
  const taxableIncome = Math.max(0, roundTo(totalIncome, year.rounding.to))
  const slabs = slabSteps(taxableIncome, regime)
  const { slabTax, rebate, relief } = afterRebate(taxableIncome, regime)
  const tax = slabTax - rebate
  const surcharge = surchargeOn(taxableIncome, tax, regime)
  const cess = ((tax + surcharge.surcharge) * year.cess.rate) / 100
  return {
    taxableIncome,
    slabs: slabs.map((s) => ({ ...s, tax: Math.round(s.tax) })),
    slabTax: Math.round(slabTax),
    rebate: Math.round(rebate),
    rebateMarginalRelief: Math.round(relief),
    surchargeRate: surcharge.rate,
    surcharge: Math.round(surcharge.surcharge),
    surchargeMarginalRelief: Math.round(surcharge.relief),
    cess: Math.round(cess),
    totalTax: roundTo(tax + surcharge.surcharge + cess, year.rounding.to),
  }
}
