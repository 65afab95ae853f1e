import type { Choice } from '../../choices'
import type { TaxYearRules } from './rules'

/** The states the year's professional-tax table knows, for the calculator's select. */
export const stateChoices = (year: TaxYearRules): Choice[] =>
  Object.entries(year.professionalTax).map(([value, state]) => ({ value, label: state.label }))
