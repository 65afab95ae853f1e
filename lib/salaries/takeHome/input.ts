import { CRORE, LAKH, lakhText, parseRupees } from '../rupees'
import type { PfBasis, Regime, TakeHomeInput } from './pay'
import type { TaxYearRules } from './rules'
import { CURRENT_TAX_YEAR, TAX_YEARS, taxYearById } from './taxYears'
import { TAKE_HOME_WORDS } from './words'

/** The calculator's query-string parameters, shared by the page, its JSON twin and its links. */
export const TAKE_HOME_PARAMS = [
  'ctc',
  'gross',
  'regime',
  'basic',
  'pf',
  'gratuity',
  'variable',
  'state',
  'employerNps',
  'section80c',
  'nps',
  'health',
  'parentsHealth',
  'parentsSenior',
  'rent',
  'city',
  'homeLoanInterest',
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

/** Each parameter once, as typed (the first when repeated), at most 100 characters. */
export function takeHomeDraft(query: Query): TakeHomeDraft {
  const read = (name: string) => {
    const value = query instanceof URLSearchParams ? query.get(name) : query[name]
    const first = Array.isArray(value) ? value[0] : value
    return typeof first === 'string' ? first.trim().slice(0, 100) : ''
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

  if (draft.ctc && draft.gross) errors.ctc = words.amountBoth
  const basis = draft.gross && !draft.ctc ? 'gross' : 'ctc'
  const defaults = defaultsFor(basis)

  const rupees = (name: TakeHomeParam, message: string): number | null => {
    const raw = draft[name]
    if (!raw) return 0
    if (raw.startsWith('-')) {
      errors[name] = words.negative
      return null
    }
    const value = parseRupees(raw)
    if (value === null) errors[name] = message
    return value
  }
  const amount = rupees(basis, words.amountFormat)
  if (!draft.ctc && !draft.gross) errors.ctc = words.amountMissing
  else if (amount !== null && !errors[basis] && (amount < LIMITS.min || amount > LIMITS.max))
    errors[basis] = words.amountRange(lakhText(LIMITS.min), lakhText(LIMITS.max))

  const percent = (name: TakeHomeParam, fallback: number, min: number, max: number) => {
    const raw = draft[name]?.replace(/\s*%$/, '')
    if (!raw) return fallback
    const value = Number(raw)
    if (!Number.isFinite(value) || value < min || value > max) {
      errors[name] = words.percentRange(min, max)
      return fallback
    }
    return value
  }
  function choice<T extends string>(name: TakeHomeParam, options: readonly T[], fallback: T): T {
    const raw = draft[name]
    if (!raw) return fallback
    if (!(options as readonly string[]).includes(raw)) errors[name] = words.choice
    return (options as readonly string[]).includes(raw) ? (raw as T) : fallback
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
    const costs = employerShare(input, rules)
    if (costs > 100) errors.basic = words.doesNotFit(Math.round(costs))
    if (input.rent * 12 > input.amount) errors.rent = words.tooMuch
  }
  return Object.keys(errors).length > 0 ? { year: rules, errors } : { input, year: rules }
}

/** Basic, with the employer's PF, gratuity and NPS on it and the variable pay, as a % of the pay. */
function employerShare(input: TakeHomeInput, year: TaxYearRules): number {
  const onBasic =
    (input.pf === 'basic' ? year.providentFund.rate : 0) +
    (input.gratuity && input.basis === 'ctc' ? year.gratuity.share : 0) +
    input.employerNps
  return input.basicShare * (1 + onBasic / 100) + input.variableShare
}
