import { CRORE, LAKH, lakhText, parseRupees } from '../rupees'
import {
  payParts,
  type PfBasis,
  type Regime,
  takeHome,
  type TakeHomeInput,
  type TakeHomeResult,
} from './pay'
import type { TaxYearRules } from './rules'
import { CURRENT_TAX_YEAR, TAX_YEARS, taxYearById } from './taxYears'
import { TAKE_HOME_WORDS } from './words'

/** The assumptions behind a CTC's parts, which the page groups under "Adjust assumptions". */
export const ASSUMPTION_PARAMS = [
  'basic',
  'pf',
  'gratuity',
  'variable',
  'state',
  'employerNps',
] as const

/** What only the old regime deducts, grouped on the page under "Old-regime deductions". */
export const DEDUCTION_PARAMS = [
  'section80c',
  'nps',
  'health',
  'parentsHealth',
  'parentsSenior',
  'rent',
  'city',
  'homeLoanInterest',
] as const

/** The calculator's query-string parameters, shared by the page, its JSON twin and its links. */
export const TAKE_HOME_PARAMS = [
  'ctc',
  'gross',
  'regime',
  ...ASSUMPTION_PARAMS,
  ...DEDUCTION_PARAMS,
  'year',
] as const

export type TakeHomeParam = (typeof TAKE_HOME_PARAMS)[number]
export type TakeHomeErrors = Partial<Record<TakeHomeParam, string>>
/** The parameters as typed, to fill the form again. */
export type TakeHomeDraft = Partial<Record<TakeHomeParam, string>>

/** The assumptions a reader has not changed: a CTC carries employer costs, a gross salary none. */
export function defaultsFor(basis: 'ctc' | 'gross') {
  const ctc = basis === 'ctc'
  return {
    regime: 'new' as Regime,
    // The Code on Wages, 2019 counts allowances above half the pay as wages: basic is at least half.
    basicShare: 50,
    pf: (ctc ? 'basic' : 'none') as PfBasis,
    gratuity: ctc,
    variableShare: ctc ? 10 : 0,
    state: ctc ? 'KA' : 'none',
    employerNps: 0,
  }
}

const LIMITS = { min: 1 * LAKH, max: 100 * CRORE }
const words = TAKE_HOME_WORDS.errors

type Query = URLSearchParams | Record<string, string | string[] | undefined>

/** The longest value read; a longer one is refused, never cut into something that parses. */
const MAX_LENGTH = 100

/** Each parameter once, as typed (the first when repeated; one character over the limit kept). */
export function takeHomeDraft(query: Query): TakeHomeDraft {
  const read = (name: string) => {
    const value = query instanceof URLSearchParams ? query.get(name) : query[name]
    const first = Array.isArray(value) ? value[0] : value
    return typeof first === 'string' ? first.trim().slice(0, MAX_LENGTH + 1) : ''
  }
  return Object.fromEntries(
    TAKE_HOME_PARAMS.flatMap((name) => (read(name) ? [[name, read(name)]] : [])),
  )
}

export type ParsedTakeHome =
  | { input: TakeHomeInput; year: TaxYearRules; errors?: never }
  | { input?: never; year: TaxYearRules; errors: TakeHomeErrors }

/**
 * Reads and checks the calculator's parameters: either every assumption filled in (defaults for
 * those not given) or a message per parameter. Nothing is computed from a half-valid query.
 */
export function parseTakeHome(draft: TakeHomeDraft): ParsedTakeHome {
  const errors: TakeHomeErrors = {}
  const year = draft.year ? taxYearById(draft.year) : CURRENT_TAX_YEAR
  if (!year) errors.year = words.unknownYear(TAX_YEARS.map((y) => y.id).join(', '))
  const rules = year ?? CURRENT_TAX_YEAR

  const basis = draft.gross && !draft.ctc ? 'gross' : 'ctc'
  const defaults = defaultsFor(basis)

  const rupees = (name: TakeHomeParam, message: string): number | null => {
    const raw = draft[name]
    if (!raw) return 0
    const value = raw.length > MAX_LENGTH || raw.startsWith('-') ? null : parseRupees(raw)
    if (value === null) errors[name] = raw.startsWith('-') ? words.negative : message
    else if (value > LIMITS.max) errors[name] = words.amountRange(RANGE_TEXT)
    return value
  }
  const ctc = rupees('ctc', words.amountFormat)
  const gross = rupees('gross', words.amountFormat)
  const amount = basis === 'ctc' ? ctc : gross
  if (!draft.ctc && !draft.gross) errors.ctc = words.amountMissing
  else if (draft.ctc && draft.gross) errors.gross ??= words.amountBoth
  else if (amount !== null && !errors[basis] && amount < LIMITS.min)
    errors[basis] = words.amountRange(RANGE_TEXT)

  const percent = (name: TakeHomeParam, fallback: number, min: number, max: number) => {
    const raw = draft[name]?.replace(/\s*%$/, '')
    if (draft[name] === undefined) return fallback
    // Plain decimals only: Number() would also take "0x10", "1e1" and "".
    const value = raw && /^\d+(\.\d+)?$/.test(raw) ? Number(raw) : NaN
    if (!(value >= min && value <= max)) {
      errors[name] = words.percentRange(min, max)
      return fallback
    }
    return value
  }
  function choice<T extends string>(name: TakeHomeParam, options: readonly T[], fallback: T): T {
    const raw = draft[name]
    if (!raw) return fallback
    // "Yes" and "ka" are meant as "yes" and "KA".
    const found = options.find((option) => option.toLowerCase() === raw.toLowerCase())
    if (!found) errors[name] = words.choice
    return found ?? fallback
  }
  const yesNo = (name: TakeHomeParam, fallback: boolean) =>
    choice(name, ['yes', 'no'], fallback ? 'yes' : 'no') === 'yes'

  const input = {
    basis,
    amount: amount ?? 0,
    regime: choice('regime', ['new', 'old'] as const, defaults.regime),
    basicShare: percent('basic', defaults.basicShare, 10, 90),
    pf: choice('pf', ['basic', 'ceiling', 'none'] as const, defaults.pf),
    gratuity: yesNo('gratuity', defaults.gratuity),
    variableShare: percent('variable', defaults.variableShare, 0, 50),
    state: choice('state', Object.keys(rules.professionalTax), defaults.state),
    employerNps: percent('employerNps', defaults.employerNps, 0, 14),
    section80C: rupees('section80c', words.yearly) ?? 0,
    npsOwn: rupees('nps', words.yearly) ?? 0,
    health: rupees('health', words.yearly) ?? 0,
    parentsHealth: rupees('parentsHealth', words.yearly) ?? 0,
    parentsSenior: yesNo('parentsSenior', false),
    rent: rupees('rent', words.monthly) ?? 0,
    metro: choice('city', ['metro', 'other'] as const, 'other') === 'metro',
    homeLoanInterest: rupees('homeLoanInterest', words.yearly) ?? 0,
  } satisfies TakeHomeInput

  if (!errors.ctc && !errors.gross) {
    const costs = outgrowsPay(input, rules)
    if (costs !== null) errors.basic = words.doesNotFit(costs)
    if (input.rent * 12 > input.amount) errors.rent = words.tooMuch
  }
  return Object.keys(errors).length > 0 ? { year: rules, errors } : { input, year: rules }
}

/** The calculator's answer for these parameters, or null when one of them is bad. */
export function takeHomeAnswer(draft: TakeHomeDraft): TakeHomeResult | null {
  const parsed = parseTakeHome(draft)
  return parsed.input ? takeHome(parsed.input, parsed.year) : null
}

const RANGE_TEXT = `${lakhText(LIMITS.min)} to ₹${LIMITS.max / CRORE} crore`

/**
 * When basic does not fit in the fixed pay left after the employer's PF, gratuity and NPS and the
 * variable pay, as the pay's parts are worked out: what basic and those come to, as a % of the pay.
 */
function outgrowsPay(input: TakeHomeInput, year: TaxYearRules): number | null {
  const parts = payParts(input, year)
  const fixed = parts.grossSalary - parts.variable - parts.employerNps
  if (fixed >= parts.basic) return null
  return Math.round(((input.amount - fixed + parts.basic) / input.amount) * 100)
}
