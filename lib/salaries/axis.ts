import { formatAmount } from '../money'
import { LAKH } from './rupees'

/** A pay scale for a chart: from zero to a round maximum, with a labelled line at each step. */
export type PayAxis = {
  /** The scale's end, in whole currency units a year. */
  max: number
  ticks: { value: number; label: string; percent: number }[]
}

// Steps a reader counts in: ₹5 LPA, ₹10 LPA, ₹25 LPA, $20,000…
const STEPS = [1, 2, 2.5, 5, 10]

function niceStep(max: number, most: number): number {
  const raw = max / most
  const magnitude = 10 ** Math.floor(Math.log10(raw))
  const step = STEPS.find((s) => s * magnitude >= raw) ?? 10
  return step * magnitude
}

/**
 * The axis for annual amounts up to `highest` in one currency: at most `most` steps, ending on the
 * first step at or above the highest amount. Rupees are labelled in LPA (₹20 LPA), others per year.
 */
export function payAxis(
  highest: number,
  money: { currency: string; market?: string },
  most = 5,
): PayAxis {
  const inLakhs = money.currency === 'INR'
  const unit = inLakhs ? LAKH : 1
  const step = niceStep(Math.max(highest / unit, 1), most) * unit
  const max = Math.max(Math.ceil(highest / step), 1) * step
  const ticks = []
  for (let value = 0; value <= max + step / 2; value += step) {
    const label = inLakhs
      ? formatAmount(value / LAKH, { ...money, unit: 'lpa' })
      : formatAmount(value, { ...money, unit: 'annual' })
    ticks.push({ value, label, percent: (value / max) * 100 })
  }
  return { max, ticks }
}
