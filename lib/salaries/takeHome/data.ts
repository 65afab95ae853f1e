import { assumptionsOf } from './assumptions'
import type { RegimeResult, TakeHomeResult } from './pay'
import type { TaxYearRules } from './rules'

const regimeData = (r: RegimeResult) => ({
  taxableIncome: r.tax.taxableIncome,
  deductions: r.deductions.map(({ key, amount, source }) => ({ key, amount, source: source.cite })),
  slabs: r.tax.slabs,
  /** Tax on the slabs, before the rebate. */
  incomeTax: r.tax.slabTax,
  rebate: r.tax.rebate,
  rebateMarginalRelief: r.tax.rebateMarginalRelief,
  surchargeRate: r.tax.surchargeRate,
  surcharge: r.tax.surcharge,
  surchargeMarginalRelief: r.tax.surchargeMarginalRelief,
  cess: r.tax.cess,
  totalTax: r.tax.totalTax,
  taxOnVariable: r.taxOnVariable,
  monthlyInHand: r.monthlyInHand,
  variableInHand: r.variableInHand,
  annualInHand: r.annualInHand,
})

/**
 * The calculator's answer as data (integers in ₹): the chosen regime's figures at the top level,
 * both regimes in full, the parts of the pay and every assumption used.
 */
export function takeHomeData(result: TakeHomeResult, year: TaxYearRules) {
  const { input } = result
  return {
    taxYear: year.id,
    asOf: year.asOf,
    regime: input.regime,
    [input.basis]: input.amount,
    ...regimeData(result.regimes[input.regime]),
    betterRegime: result.better,
    betterBy: result.difference,
    parts: result.parts,
    assumptions: {
      basis: input.basis,
      basicPercent: input.basicShare,
      pf: input.pf,
      gratuity: input.basis === 'ctc' && input.gratuity,
      variablePercent: input.variableShare,
      state: input.state,
      employerNpsPercent: input.employerNps,
      section80c: input.section80C,
      nps: input.npsOwn,
      health: input.health,
      parentsHealth: input.parentsHealth,
      parentsSenior: input.parentsSenior,
      rentMonthly: input.rent,
      city: input.metro ? 'metro' : 'other',
      homeLoanInterest: input.homeLoanInterest,
      defaults: assumptionsOf(input, year)
        .filter((a) => a.isDefault)
        .map((a) => a.key),
    },
    regimes: { new: regimeData(result.regimes.new), old: regimeData(result.regimes.old) },
    note: 'An estimate for a resident salaried individual under 60; not tax advice.',
  }
}
