import { marketInfo, type SalaryUnit } from './markets'

export type Money = { currency: string; unit: SalaryUnit; market?: string }

const UNIT_SUFFIX: Record<SalaryUnit, string> = { lpa: ' LPA', annual: '/yr', monthly: '/mo' }

function localeFor(money: Money): string {
  return (
    (money.market && marketInfo(money.market)?.locale) ||
    (money.currency === 'INR' ? 'en-IN' : 'en-US')
  )
}

// Building an Intl.NumberFormat costs far more than using one; a page formats thousands of figures.
const symbols = new Map<string, string>()
const numberFormats = new Map<string, Intl.NumberFormat>()

function currencySymbol(money: Money): string {
  const key = `${localeFor(money)}:${money.currency}`
  let symbol = symbols.get(key)
  if (symbol === undefined) {
    const parts = new Intl.NumberFormat(localeFor(money), {
      style: 'currency',
      currency: money.currency,
    }).formatToParts(0)
    symbol = parts.find((p) => p.type === 'currency')?.value ?? money.currency
    symbols.set(key, symbol)
  }
  return symbol
}

function plainNumber(value: number, money: Money): string {
  const locale = localeFor(money)
  let format = numberFormats.get(locale)
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 })
    numberFormats.set(locale, format)
  }
  return format.format(value)
}

/** One figure, e.g. `₹14 LPA` or `$120,000/yr`. */
export function formatAmount(value: number, money: Money): string {
  return `${currencySymbol(money)}${plainNumber(value, money)}${UNIT_SUFFIX[money.unit]}`
}

/** A band written the way readers scan it: `₹14–28 LPA`, `$90,000–140,000/yr`. */
export function formatBand(min: number, max: number, money: Money): string {
  if (min === max) return formatAmount(min, money)
  return `${currencySymbol(money)}${plainNumber(min, money)}–${plainNumber(max, money)}${UNIT_SUFFIX[money.unit]}`
}

/** The amount in the currency's whole units (LPA figures are lakhs: 1 LPA = ₹100,000 a year). */
export function toAnnualAmount(value: number, unit: SalaryUnit): number {
  if (unit === 'lpa') return value * 100_000
  if (unit === 'monthly') return value * 12
  return value
}
