import type { RegimeRules, Source, TaxYearRules } from './rules'
import { incomeTax, type TaxSteps } from './tax'

export type Regime = 'new' | 'old'
export const REGIMES: readonly Regime[] = ['new', 'old']

/** The regime a reader did not choose. */
export const otherRegime = (regime: Regime): Regime => (regime === 'new' ? 'old' : 'new')

/** How the employer's PF contribution inside the CTC is worked out. */
export type PfBasis = 'basic' | 'ceiling' | 'none'

/** What a reader tells the calculator, every assumption filled in (see input.ts for defaults). */
export type TakeHomeInput = {
  /** `ctc`: cost to company, employer PF and gratuity inside. `gross`: taxable salary as paid. */
  basis: 'ctc' | 'gross'
  amount: number
  regime: Regime
  /** Basic (with dearness allowance), as a percentage of the amount. */
  basicShare: number
  pf: PfBasis
  /** Whether gratuity is provided for inside the CTC. */
  gratuity: boolean
  /** Variable pay, paid once a year, as a percentage of the amount. */
  variableShare: number
  /** A key of the year's professional-tax table. */
  state: string
  /** Employer NPS contribution, as a percentage of basic. */
  employerNps: number
  /** Old regime: investments under section 80C other than employee PF, a year. */
  section80C: number
  npsOwn: number
  health: number
  parentsHealth: number
  parentsSenior: boolean
  /** Rent paid a month, and whether the city is one of the 50 % HRA cities. */
  rent: number
  metro: boolean
  homeLoanInterest: number
}

/** How a CTC divides, in rupees a year. */
export type PayParts = {
  basic: number
  hra: number
  employerPf: number
  gratuity: number
  employerNps: number
  variable: number
  /** Salary taxable before any deduction: fixed pay, variable pay and employer NPS. */
  grossSalary: number
  employeePf: number
  professionalTax: number
  /** Employer PF and NPS above the yearly limit, taxable as a perquisite. */
  retirementPerquisite: number
}

/** One deduction or exemption, as allowed after its cap. */
export type Deduction = { key: string; label: string; amount: number; source: Source }

export type RegimeResult = {
  regime: Regime
  label: string
  deductions: Deduction[]
  tax: TaxSteps
  /** The part of the tax that falls on variable pay, withheld when it is paid. */
  taxOnVariable: number
  monthlyInHand: number
  variableInHand: number
  annualInHand: number
}

export type TakeHomeResult = {
  taxYear: string
  input: TakeHomeInput
  parts: PayParts
  regimes: Record<Regime, RegimeResult>
  /** The regime that leaves more in hand for these inputs, and by how much a year. */
  better: Regime | null
  difference: number
}

const share = (amount: number, percent: number) => (amount * percent) / 100

/** Yearly professional tax for a monthly salary, by the state's steps. */
export function professionalTaxFor(monthlySalary: number, state: string, year: TaxYearRules) {
  const steps = year.professionalTax[state]?.steps ?? []
  return steps.findLast((step) => monthlySalary > step.monthlyOver)?.yearly ?? 0
}

/** HRA's share of basic where the reader rents: the cap of the exemption, and what employers pay. */
const hraShare = (input: TakeHomeInput, year: TaxYearRules) =>
  input.metro ? year.deductions.hra.metroShare : year.deductions.hra.otherShare

/** The parts of the pay, by the input's assumptions. */
export function payParts(input: TakeHomeInput, year: TaxYearRules): PayParts {
  const { amount } = input
  const basic = share(amount, input.basicShare)
  const variable = share(amount, input.variableShare)
  const pfWage =
    input.pf === 'none'
      ? 0
      : input.pf === 'ceiling'
        ? Math.min(basic, year.providentFund.wageCeilingMonthly * 12)
        : basic
  const pf = share(pfWage, year.providentFund.rate)
  const employerNps = share(basic, input.employerNps)
  const inCtc = input.basis === 'ctc'
  const employerPf = inCtc ? pf : 0
  const gratuity = inCtc && input.gratuity ? share(basic, year.gratuity.share) : 0
  // In a CTC, employer PF and gratuity are costs that never reach the salary slip.
  const grossSalary = amount - employerPf - gratuity
  const fixedMonthly = (grossSalary - variable - employerNps) / 12
  const retirementPerquisite = Math.max(
    0,
    employerPf + employerNps - year.retirementContributionLimit.max,
  )
  // HRA as employers usually set it (half of basic in the 50 % cities, 40 % elsewhere), out of what
  // the fixed pay leaves after basic.
  const hra = Math.min(share(basic, hraShare(input, year)), Math.max(0, fixedMonthly * 12 - basic))
  return {
    basic,
    hra,
    employerPf,
    gratuity,
    employerNps,
    variable,
    grossSalary,
    employeePf: pf,
    professionalTax: professionalTaxFor(fixedMonthly, input.state, year),
    retirementPerquisite,
  }
}

/** The deductions a regime allows for this pay, each after its cap, in the order the law takes them. */
function deductionsFor(
  input: TakeHomeInput,
  parts: PayParts,
  regime: RegimeRules,
  year: TaxYearRules,
  salary: number,
): Deduction[] {
  const d = year.deductions
  const all: Deduction[] = []
  const add = (key: string, label: string, amount: number, source: Source) => {
    if (amount > 0) all.push({ key, label, amount: Math.round(amount), source })
  }
  if (regime.allowsDeductions && input.rent > 0) {
    const rent = input.rent * 12
    const cap = share(parts.basic, hraShare(input, year))
    const exempt = Math.min(parts.hra, rent - share(parts.basic, d.hra.rentOverShare), cap)
    add('hra', 'HRA exemption', Math.max(0, exempt), d.hra.source)
  }
  add(
    'standard',
    'Standard deduction',
    Math.min(regime.standardDeduction, salary),
    regime.sources.standardDeduction,
  )
  if (regime.deductsProfessionalTax)
    add(
      'professionalTax',
      'Professional tax',
      parts.professionalTax,
      year.professionalTax[input.state]!.source,
    )
  if (regime.allowsDeductions) {
    add(
      'homeLoan',
      'Home-loan interest (self-occupied)',
      Math.min(input.homeLoanInterest, d.homeLoanInterest.max),
      d.homeLoanInterest.source,
    )
    add(
      'section80C',
      'Section 80C (employee PF and investments)',
      Math.min(parts.employeePf + input.section80C, d.section80C.max),
      d.section80C.source,
    )
    add(
      'npsOwn',
      'Own NPS contribution (80CCD(1B))',
      Math.min(input.npsOwn, d.npsOwn.max),
      d.npsOwn.source,
    )
    const parentsMax = input.parentsSenior ? d.health.parentsSeniorMax : d.health.parentsMax
    add(
      'health',
      'Health insurance (80D)',
      Math.min(input.health, d.health.max) + Math.min(input.parentsHealth, parentsMax),
      d.health.source,
    )
  }
  add(
    'employerNps',
    'Employer NPS contribution (80CCD(2))',
    Math.min(parts.employerNps, share(parts.basic, regime.employerNpsShare)),
    regime.sources.employerNps,
  )
  return all
}

const total = (deductions: readonly Deduction[]) => deductions.reduce((a, d) => a + d.amount, 0)

/** Total income under a regime for a salary (the variable pay left out when `withVariable` is false). */
function regimeTax(
  input: TakeHomeInput,
  parts: PayParts,
  regime: Regime,
  year: TaxYearRules,
  withVariable: boolean,
) {
  const rules = year.regimes[regime]
  const salary =
    parts.grossSalary + parts.retirementPerquisite - (withVariable ? 0 : parts.variable)
  const deductions = deductionsFor(input, parts, rules, year, salary)
  return { deductions, tax: incomeTax(Math.max(0, salary - total(deductions)), rules, year) }
}

function regimeResult(
  input: TakeHomeInput,
  parts: PayParts,
  regime: Regime,
  year: TaxYearRules,
): RegimeResult {
  const { deductions, tax } = regimeTax(input, parts, regime, year, true)
  const fixedOnly = regimeTax(input, parts, regime, year, false).tax.totalTax
  // Tax on the fixed pay is withheld month by month; what the variable pay adds, when it is paid —
  // but never more than the variable pay itself (a rebate lost to it is withheld monthly instead).
  const taxOnVariable = Math.min(Math.max(0, tax.totalTax - fixedOnly), parts.variable)
  const taxOnFixed = tax.totalTax - taxOnVariable
  const fixedCash =
    parts.grossSalary -
    parts.variable -
    parts.employerNps -
    parts.employeePf -
    parts.professionalTax
  return {
    regime,
    label: year.regimes[regime].label,
    deductions,
    tax,
    taxOnVariable: Math.round(taxOnVariable),
    monthlyInHand: Math.round((fixedCash - taxOnFixed) / 12),
    variableInHand: Math.round(parts.variable - taxOnVariable),
    annualInHand: Math.round(fixedCash + parts.variable - tax.totalTax),
  }
}

/** What this pay leaves in hand under both regimes, with every step of the tax. */
export function takeHome(input: TakeHomeInput, year: TaxYearRules): TakeHomeResult {
  const parts = payParts(input, year)
  const regimes = {
    new: regimeResult(input, parts, 'new', year),
    old: regimeResult(input, parts, 'old', year),
  }
  const difference = Math.abs(regimes.new.annualInHand - regimes.old.annualInHand)
  const better =
    difference === 0 ? null : regimes.new.annualInHand > regimes.old.annualInHand ? 'new' : 'old'
  return {
    taxYear: year.id,
    input,
    parts: Object.fromEntries(
      Object.entries(parts).map(([key, value]) => [key, Math.round(value)]),
    ) as PayParts,
    regimes,
    better,
    difference,
  }
}
