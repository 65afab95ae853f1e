import { type Money, toAnnualAmount } from '../../money'
import { takeHomePath } from '../../paths'
import { bandMidpoint } from '../evidence'
import { rupeesText } from '../rupees'
import { takeHomeAnswer } from './input'

/** What a salary figure leaves in hand each month, with the calculator's address prefilled with it. */
export type InHand = { monthly: number; href: string }

/**
 * "≈ ₹X a month in hand" for one figure of a band (its middle or median), by the calculator's
 * default assumptions and the new regime; null for figures not in rupees.
 */
export function inHandFor(figure: number, money: Money): InHand | null {
  if (money.currency !== 'INR') return null
  const ctc = Math.round(toAnnualAmount(figure, money.unit))
  const result = takeHomeAnswer({ ctc: String(ctc) })
  return result && { monthly: result.regimes.new.monthlyInHand, href: takeHomePath(ctc) }
}

/** What a salary-table row leaves in hand: its median, or the middle of its range. */
export const rowInHand = (row: Parameters<typeof bandMidpoint>[0], money: Money): InHand | null =>
  inHandFor(bandMidpoint(row), money)

/** ₹1,08,100: to the nearest ₹100, since the figure is an estimate. */
const roundedMonthly = (inHand: InHand) => rupeesText(Math.round(inHand.monthly / 100) * 100)

/** "≈ ₹1,08,100" */
export const inHandAmount = (inHand: InHand) => `≈ ${roundedMonthly(inHand)}`

/** "≈ ₹1,08,100 a month in hand" */
export const inHandText = (inHand: InHand) => `${inHandAmount(inHand)} a month in hand`

/** "About ₹1,08,100 a month in hand", for share cards: their fonts have no "≈". */
export const inHandSentence = (inHand: InHand) => `About ${roundedMonthly(inHand)} a month in hand`
