/**
 * The shape of one tax year's rules for a salaried resident individual under 60: what the
 * calculator needs and nothing else. Each year is one file in taxYears/, every figure in it citing
 * the official text it comes from; next year's rules are one added file.
 */

/** Where a rule comes from: the law (Act and section) and, where there is one, an official page. */
export type Source = { cite: string; url?: string }

/** A rate applying to the income in (`from`, `upTo`]; the last slab has no upper end. */
export type Slab = { upTo: number | null; rate: number }

/** A surcharge rate applying once total income exceeds `over`. */
export type SurchargeStep = { over: number; rate: number }

export type RegimeRules = {
  label: string
  slabs: readonly Slab[]
  standardDeduction: number
  /** Tax on total income up to `incomeUpTo` is rebated up to `max`. */
  rebate: { incomeUpTo: number; max: number; marginalRelief: boolean }
  surcharge: readonly SurchargeStep[]
  /** Employer NPS contributions deductible, as a share of salary (basic + dearness allowance). */
  employerNpsShare: number
  /** Whether the old regime's exemptions and deductions (HRA, 80C, 80D, home loan…) apply. */
  allowsDeductions: boolean
  /** Whether professional tax paid is deducted from salary income. */
  deductsProfessionalTax: boolean
  sources: {
    slabs: Source
    standardDeduction: Source
    rebate: Source
    surcharge: Source
    employerNps: Source
  }
}

/** Professional tax for a state: the yearly amount for the highest monthly salary step exceeded. */
export type ProfessionalTax = {
  label: string
  steps: readonly { monthlyOver: number; yearly: number }[]
  source: Source
}

export type TaxYearRules = {
  /** "2026-27" */
  id: string
  /** The first and last day of the tax year, as ISO dates. */
  starts: string
  ends: string
  /** The day these rules were last checked against the official texts. */
  asOf: string
  regimes: { new: RegimeRules; old: RegimeRules }
  cess: { rate: number; source: Source }
  /** Total income is rounded to the nearest ₹10, and so is the tax payable. */
  rounding: { to: number; source: Source }
  deductions: {
    section80C: { max: number; source: Source }
    npsOwn: { max: number; source: Source }
    health: { max: number; parentsMax: number; parentsSeniorMax: number; source: Source }
    homeLoanInterest: { max: number; source: Source }
    hra: {
      metroShare: number
      otherShare: number
      rentOverShare: number
      metroCities: readonly string[]
      source: Source
    }
  }
  /** Employer PF, NPS and superannuation contributions above this in a year are taxable salary. */
  retirementContributionLimit: { max: number; source: Source }
  providentFund: { rate: number; wageCeilingMonthly: number; source: Source }
  /** Gratuity provided for inside a CTC, as a share of basic: 15 days' wages a year (15/26 of a month). */
  gratuity: { share: number; source: Source }
  /** The least share of pay that is "wages" (basic + dearness allowance + retaining allowance). */
  wagesShare: { min: number; source: Source }
  professionalTax: Readonly<Record<string, ProfessionalTax>>
}
