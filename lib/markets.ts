import { choiceOf, choices } from './choices'
/**
 * Markets a salary table can describe. India first, but nothing else assumes it: each market names
 * its currency, the locale its figures are written in, and the unit its salaries are quoted in.
 */
export const MARKETS = [
  { value: 'IN', label: 'India', currency: 'INR', locale: 'en-IN', unit: 'lpa' },
  { value: 'US', label: 'United States', currency: 'USD', locale: 'en-US', unit: 'annual' },
  { value: 'GB', label: 'United Kingdom', currency: 'GBP', locale: 'en-GB', unit: 'annual' },
  { value: 'SG', label: 'Singapore', currency: 'SGD', locale: 'en-SG', unit: 'annual' },
  { value: 'AE', label: 'United Arab Emirates', currency: 'AED', locale: 'en-AE', unit: 'annual' },
] as const

export type MarketCode = (typeof MARKETS)[number]['value']

export const CURRENCIES = ['INR', 'USD', 'GBP', 'EUR', 'SGD', 'AED'] as const

export const SALARY_UNITS = choices({
  lpa: 'Lakh per annum (LPA)',
  annual: 'Per year',
  monthly: 'Per month',
})

export type SalaryUnit = (typeof SALARY_UNITS)[number]['value']

export function marketInfo(code: string) {
  return choiceOf(MARKETS, code)
}

/**
 * Why a table cannot quote this currency for this market, or null: a market's tables are in its own
 * currency, so everything shown for one market can be set side by side and sorted.
 */
export function currencyProblem(currency: unknown, market: unknown): string | null {
  const info = typeof market === 'string' ? marketInfo(market) : undefined
  if (!info || currency === info.currency) return null
  return `Tables for ${info.label} are in ${info.currency}: choose ${info.currency}, or the market this table describes.`
}
