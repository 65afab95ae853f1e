import { gratuityText, pfLabel } from './choices'
import type { Source, TaxYearRules } from './rules'

export type RuleSource = { rule: string; source: Source }

/** Every rule the calculator applies for a year, each with the official text it comes from. */
export function ruleSources(year: TaxYearRules): RuleSource[] {
  const { new: fresh, old } = year.regimes
  const d = year.deductions
  return [
    { rule: 'New-regime slabs', source: fresh.sources.slabs },
    { rule: 'Old-regime slabs', source: old.sources.slabs },
    { rule: 'Standard deduction, new regime (₹75,000)', source: fresh.sources.standardDeduction },
    { rule: 'Standard deduction, old regime (₹50,000)', source: old.sources.standardDeduction },
    { rule: 'Rebate and its marginal relief, new regime', source: fresh.sources.rebate },
    { rule: 'Rebate, old regime', source: old.sources.rebate },
    { rule: 'Surcharge and its marginal relief', source: fresh.sources.surcharge },
    { rule: `Health and education cess (${year.cess.rate} %)`, source: year.cess.source },
    { rule: 'Rounding to ₹10', source: year.rounding.source },
    { rule: 'Employer NPS deduction (14 % new, 10 % old)', source: fresh.sources.employerNps },
    { rule: '80C (₹1.5 lakh)', source: d.section80C.source },
    { rule: 'Own NPS (₹50,000)', source: d.npsOwn.source },
    { rule: 'Health insurance', source: d.health.source },
    { rule: 'Home-loan interest (₹2 lakh)', source: d.homeLoanInterest.source },
    { rule: 'HRA exemption', source: d.hra.source },
    {
      rule: 'Employer retirement contributions above ₹7.5 lakh',
      source: year.retirementContributionLimit.source,
    },
    {
      rule: `Provident fund (${pfLabel('basic', year)}, or ${pfLabel('ceiling', year)})`,
      source: year.providentFund.source,
    },
    { rule: `Gratuity (${gratuityText(year)} of basic)`, source: year.gratuity.source },
    { rule: 'Basic at least half the pay', source: year.wagesShare.source },
    ...Object.values(year.professionalTax)
      .filter((state) => state.steps.length > 0)
      .map((state) => ({ rule: `Professional tax, ${state.label}`, source: state.source })),
  ]
}
