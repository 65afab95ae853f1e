import { rupeesText } from '../rupees'
import { takeHomeAnswer } from '../takeHome/input'
import { CURRENT_TAX_YEAR } from '../takeHome/taxYears'
import { median, rounded } from './stats'
import type { City } from './vocabulary'

/** Professional tax follows the city's state (none for Delhi NCR, Kochi, other cities, remote). */
const CITY_STATE: Partial<Record<City, string>> = {
  bengaluru: 'KA',
  hyderabad: 'TG',
  pune: 'MH',
  mumbai: 'MH',
  chennai: 'TN',
  kolkata: 'WB',
  ahmedabad: 'GJ',
}

type Report = { ctc: number; variable: number; stock: number; city: string }

/**
 * The monthly in-hand a report's pay implies, by the take-home calculator: the least and the most
 * over both regimes and PF on full basic or on the ₹15,000 ceiling — what we cannot know about the
 * reader. Stock is not cash and is left out; variable pay is paid apart, as on the calculator.
 */
export function impliedInHand(report: Report): { low: number; high: number } | null {
  const cash = report.ctc - report.stock
  if (cash <= 0) return null
  const variable = Math.min(50, Math.round((report.variable / cash) * 100))
  // Half the pay is basic unless a large variable share leaves no room for it with PF and gratuity.
  const { providentFund, gratuity } = CURRENT_TAX_YEAR
  const room = (100 - variable) / (1 + (providentFund.rate + gratuity.share) / 100)
  const basic = Math.min(50, Math.floor(room))
  const monthly = ['basic', 'ceiling'].flatMap((pf) => {
    const result = takeHomeAnswer({
      ctc: String(cash),
      basic: String(basic),
      pf,
      variable: String(variable),
      state: CITY_STATE[report.city as City] ?? 'none',
    })
    return result ? [result.regimes.new.monthlyInHand, result.regimes.old.monthlyInHand] : []
  })
  return monthly.length ? { low: Math.min(...monthly), high: Math.max(...monthly) } : null
}

/** How far outside the implied range a reported in-hand may sit before editors are asked to look. */
export const IN_HAND_TOLERANCE = 0.25

const toThousand = (rupees: number) => Math.round(rupees / 1_000) * 1_000

/**
 * The editor's note when a reported in-hand is far from what its CTC implies, or null. Editors never
 * see in-hand pay, exact amounts or a rare city (docs/salary-reports.md): the note names no in-hand,
 * and its range comes from the amounts as editors see them (to ₹10,000), with no city, to the
 * nearest ₹1,000 — so it tells them nothing about the report they could not already see, but one
 * bit: that the in-hand is far off.
 */
export function inHandProblem(report: Report & { monthlyInHand: number | null }): string | null {
  if (!report.monthlyInHand) return null
  const implied = impliedInHand({
    ctc: rounded(report.ctc),
    variable: rounded(report.variable),
    stock: rounded(report.stock),
    city: 'other',
  })
  if (!implied) return null
  const { low, high } = implied
  if (
    report.monthlyInHand >= low * (1 - IN_HAND_TOLERANCE) &&
    report.monthlyInHand <= high * (1 + IN_HAND_TOLERANCE)
  )
    return null
  return `The monthly in-hand given is far from the ${rupeesText(toThousand(low))}–${rupeesText(toThousand(high))} its CTC implies (the take-home calculator, either regime, PF on basic or on the ceiling). A typo, a yearly figure, or a CTC that counts something else? Ask the reader through a rejection note rather than guess.`
}

/**
 * How readers' reported in-hand compares with the calculator's, over reports that give one: the
 * median of reported ÷ implied (the middle of the implied range), and the share inside the range.
 */
export function inHandAgreement(reports: readonly (Report & { monthlyInHand: number | null })[]) {
  const ratios: number[] = []
  let inside = 0
  for (const report of reports) {
    const implied = report.monthlyInHand ? impliedInHand(report) : null
    if (!implied || !report.monthlyInHand) continue
    ratios.push(report.monthlyInHand / ((implied.low + implied.high) / 2))
    if (report.monthlyInHand >= implied.low && report.monthlyInHand <= implied.high) inside++
  }
  return {
    count: ratios.length,
    medianRatio: ratios.length ? median(ratios) : null,
    insideShare: ratios.length ? inside / ratios.length : null,
  }
}
