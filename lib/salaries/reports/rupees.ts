import { formatAmount, type Money } from '../../money'

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
