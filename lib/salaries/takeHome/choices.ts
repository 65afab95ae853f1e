import type { Choice } from '../../choices'
import { rupeesText } from '../rupees'
import type { PfBasis } from './pay'
import type { TaxYearRules } from './rules'
import { TAKE_HOME_WORDS } from './words'

/** The states the year's professional-tax table knows, for the calculator's select. */
export const stateChoices = (year: TaxYearRules): Choice[] =>
  Object.entries(year.professionalTax).map(([value, state]) => ({ value, label: state.label }))

/** How PF is worked out, in the year's own rate and wage ceiling. */
export function pfLabel(pf: PfBasis, year: TaxYearRules): string {
  const { rate, wageCeilingMonthly } = year.providentFund
  const labels = TAKE_HOME_WORDS.options.pf
  if (pf === 'basic') return labels.basic(rate)
  if (pf === 'ceiling') return labels.ceiling(rate, rupeesText(wageCeilingMonthly))
  return labels.none
}

export const pfChoices = (year: TaxYearRules): Choice[] =>
  (['basic', 'ceiling', 'none'] as const).map((value) => ({ value, label: pfLabel(value, year) }))

/** "4.81 %": gratuity's share of basic, as the page states it. */
export const gratuityText = (year: TaxYearRules) => `${year.gratuity.share.toFixed(2)} %`
