import { formatAmount, type Money } from '../money'

/** Reports are stored in whole rupees a year; Indian pay is read in lakhs (₹1 lakh = ₹100,000). */
export const LAKH = 100_000
export const CRORE = 10_000_000

/** Reader figures are shown as Indian pay is quoted: lakhs per annum. */
export const LPA: Money = { currency: 'INR', unit: 'lpa', market: 'IN' }

export const toLakhs = (rupees: number) => rupees / LAKH

/** "₹18.5 LPA" */
export const lpaText = (rupees: number) => formatAmount(toLakhs(rupees), LPA)

/** "₹18.5 lakh", for sentences about one amount ("₹18.5 lakh a year is outside…"). */
export const lakhText = (rupees: number) =>
  `₹${toLakhs(rupees).toLocaleString('en-IN', { maximumFractionDigits: 1 })} lakh`

/** "18,50,000", "1850000", "18.5 LPA", "18.5 lakh", "1.2 cr" → rupees; null if it is not an amount. */
export function parseRupees(raw: string): number | null {
  const text = raw
    .trim()
    .toLowerCase()
    .replace(/^₹|^rs\.?/, '')
    .replace(/,/g, '')
    .trim()
  const match = /^(\d+(?:\.\d+)?)\s*(lpa|lakhs?|lacs?|l|crores?|cr)?$/.exec(text)
  if (!match) return null
  const value = Number(match[1])
  const unit = match[2] ?? ''
  if (unit.startsWith('c')) return Math.round(value * CRORE)
  if (unit) return Math.round(value * LAKH)
  return Math.round(value)
}

const wholeRupees = new Intl.NumberFormat('en-IN', { maximumFractionDigits: 0 })

/** "₹1,08,087": an exact amount, grouped the Indian way (lakhs and crores). */
export const rupeesText = (rupees: number) => `₹${wholeRupees.format(Math.round(rupees))}`
