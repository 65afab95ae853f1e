import { rupeesText } from '../rupees'
import { gratuityText, pfLabel } from './choices'
import { defaultsFor } from './input'
import type { TakeHomeInput } from './pay'
import type { TaxYearRules } from './rules'
import { TAKE_HOME_WORDS } from './words'

export type Assumption = { key: string; label: string; value: string; isDefault: boolean }

const words = TAKE_HOME_WORDS

/** Every assumption behind a result, as the page lists it: what was used and whether it is ours. */
export function assumptionsOf(input: TakeHomeInput, year: TaxYearRules): Assumption[] {
  const defaults = defaultsFor(input.basis)
  const ctc = input.basis === 'ctc'
  const list: Assumption[] = [
    {
      key: 'basic',
      label: words.fields.basic.label,
      value: `${input.basicShare} %`,
      isDefault: input.basicShare === defaults.basicShare,
    },
    {
      key: 'pf',
      label: ctc ? words.fields.pf.label : 'Employee PF',
      value: pfLabel(input.pf, year),
      isDefault: input.pf === defaults.pf,
    },
    {
      key: 'variable',
      label: words.fields.variable.label,
      value: `${input.variableShare} %`,
      isDefault: input.variableShare === defaults.variableShare,
    },
    {
      key: 'state',
      label: words.fields.state.label,
      value: year.professionalTax[input.state]?.label ?? input.state,
      isDefault: input.state === defaults.state,
    },
    {
      key: 'employerNps',
      label: words.fields.employerNps.label,
      value: `${input.employerNps} %`,
      isDefault: input.employerNps === defaults.employerNps,
    },
  ]
  if (ctc)
    list.splice(2, 0, {
      key: 'gratuity',
      label: words.fields.gratuity.label,
      value: input.gratuity ? `Yes, ${gratuityText(year)} of basic` : 'No',
      isDefault: input.gratuity === defaults.gratuity,
    })
  if (input.rent > 0)
    list.push({
      key: 'city',
      label: words.fields.city.label,
      value: words.options.city[input.metro ? 'metro' : 'other'],
      isDefault: false,
    })
  const amounts = [
    ['section80c', words.fields.section80c.label, input.section80C],
    ['nps', words.fields.nps.label, input.npsOwn],
    ['health', words.fields.health.label, input.health],
    ['parentsHealth', words.fields.parentsHealth.label, input.parentsHealth],
    ['rent', words.fields.rent.label, input.rent],
    ['homeLoanInterest', words.fields.homeLoanInterest.label, input.homeLoanInterest],
  ] as const
  for (const [key, label, amount] of amounts)
    if (amount > 0) list.push({ key, label, value: rupeesText(amount), isDefault: false })
  return list
}
