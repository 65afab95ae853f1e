import type { TaxYearRules } from '../rules'
import { TAX_YEAR_2026_27 } from './2026-27'

/** Every tax year the calculator knows, newest first: a new year is one file and one line here. */
export const TAX_YEARS: readonly TaxYearRules[] = [TAX_YEAR_2026_27]

/** The year the calculator uses unless asked for another. */
export const CURRENT_TAX_YEAR = TAX_YEARS[0]!

export const taxYearById = (id: string): TaxYearRules | undefined =>
  TAX_YEARS.find((year) => year.id === id)
