/**
 * The statistics behind reader salary figures, pure so that every rule is unit-tested: quartiles,
 * the outlier test editors see as a flag, confidence by count, and the cohorts that may be shown.
 */
import { levelRank } from '../../levels'
import { CONFIDENCE_TIERS, type ConfidenceTier, MIN_COHORT } from './vocabulary'

/** The q-quantile of values sorted ascending, interpolating between neighbours (Hyndman–Fan type 7). */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) throw new Error('quantile of no values')
  const position = (sorted.length - 1) * q
  const below = Math.floor(position)
  const above = Math.ceil(position)
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below)
}

const ascending = (values: readonly number[]) => [...values].sort((a, b) => a - b)

export const median = (values: readonly number[]) => quantile(ascending(values), 0.5)

/** Median absolute deviation: the typical distance from the median, which one wild figure cannot drag. */
export function medianAbsoluteDeviation(values: readonly number[]): number {
  const centre = median(values)
  return median(values.map((v) => Math.abs(v - centre)))
}

/** 3 × MAD, as editors are told; never less than 5 % of the median, so identical reports don't flag every other one. */
export const OUTLIER_MADS = 3
const MIN_SPREAD_SHARE = 0.05

export type OutlierCheck = { median: number; mad: number; limit: number }

/**
 * Whether a figure lies further than 3 × MAD from the median of the approved cohort it would join;
 * null when it does not, or when fewer than five approved reports leave nothing to judge it against.
 */
export function outlierCheck(value: number, approved: readonly number[]): OutlierCheck | null {
  if (approved.length < MIN_COHORT) return null
  const centre = median(approved)
  const mad = medianAbsoluteDeviation(approved)
  const limit = OUTLIER_MADS * Math.max(mad, centre * MIN_SPREAD_SHARE)
  return Math.abs(value - centre) > limit ? { median: centre, mad, limit } : null
}

export function confidenceTier(n: number): ConfidenceTier | null {
  return CONFIDENCE_TIERS.find((tier) => n >= tier.from)?.value ?? null
}

/** Published figures are rounded to ₹10,000 (0.1 lakh): precise enough to read, too coarse to fingerprint one report. */
export const FIGURE_ROUNDING = 10_000
/** An amount as editors and published figures show it: to the nearest ₹10,000. */
export const rounded = (value: number) => Math.round(value / FIGURE_ROUNDING) * FIGURE_ROUNDING

export type ReportForFigures = {
  id: number | string
  /** This version of the report: a new key each time its author sends new figures. */
  member: string
  market: string
  level: string
  year: number
  city: string
  companyType: string
  ctc: number
}

/** `all`: the career × level × market × year cohort; the others split it by one thing, never two. */
export type Dimension = 'all' | 'city' | 'companyType'

export type CohortFigure = {
  market: string
  level: string
  year: number
  dimension: Dimension
  /** The city or company type; empty for `all`. */
  group: string
  n: number
  p25: number
  median: number
  p75: number
  confidence: ConfidenceTier
}

/**
 * A number in [-1, 1] fixed by one version of one report (its member key). Keyed with a server secret
 * (./identity.ts), so nobody outside can compute it or take it back out.
 */
export type FigureNoise = (member: string) => number

/** Each report moves by up to this share of its CTC before any figure is computed. */
export const PERTURBATION_SHARE = 0.05

/**
 * A report's CTC as the statistics see it: moved by its own fixed secret amount (input
 * perturbation). Every figure is computed from moved amounts only, so the most anyone can learn about
 * a report — whatever they report, change or withdraw around it, with however many accounts — is
 * its moved amount, which is up to 5 % from the truth. The amount is fixed for a version of a report,
 * so looking again after others come and go never draws a new one to average away; a reader who
 * changes their report gets a new version and a new amount (changes are rationed: ./timing.ts).
 */
export const moved = (report: Pick<ReportForFigures, 'ctc' | 'member'>, noise: FigureNoise) =>
  report.ctc * (1 + PERTURBATION_SHARE * noise(report.member))

function figure(
  reports: readonly ReportForFigures[],
  dimension: Dimension,
  group: string,
  noise: FigureNoise,
): CohortFigure {
  const { market, level, year } = reports[0]!
  // Quartiles of the moved amounts: in order by construction, with nothing compared to a true value.
  const sorted = ascending(reports.map((report) => moved(report, noise)))
  const [p25, median, p75] = [0.25, 0.5, 0.75].map((q) => rounded(quantile(sorted, q))) as [
    number,
    number,
    number,
  ]
  return {
    market,
    level,
    year,
    dimension,
    group,
    n: reports.length,
    p25,
    median,
    p75,
    confidence: confidenceTier(reports.length)!,
  }
}

/** No perturbation: for tests of the other rules. */
export const noNoise: FigureNoise = () => 0

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const k = key(item)
    const group = groups.get(k)
    if (group) group.push(item)
    else groups.set(k, [item])
  }
  return groups
}

/**
 * The groups of one dimension that may be shown beside their parent cohort. Each needs five reports;
 * and the reports left outside the shown groups must number none or at least five — else the parent
 * minus the shown groups would describe one to four people — so the smallest groups are withheld
 * until that holds. Every combination of shown figures then leaves at least five reports unaccounted
 * for, or none.
 */
export function showableGroups<T>(parentSize: number, groups: Map<string, T[]>): [string, T[]][] {
  const shown = [...groups].filter(([, members]) => members.length >= MIN_COHORT)
  shown.sort(([a, x], [b, y]) => y.length - x.length || a.localeCompare(b))
  let outside = parentSize - shown.reduce((sum, [, members]) => sum + members.length, 0)
  while (outside > 0 && outside < MIN_COHORT && shown.length) {
    outside += shown.pop()![1].length
  }
  return shown
}

/**
 * Every figure that may be published from a career's approved reports: one per market × level × year
 * with at least five reports, and within it the groups showableGroups allows of one split — by city
 * or by company type, whichever shows more reports, never both (a Bengaluru group and a product
 * group could differ by a single report). Nothing broader is published (no all-levels or all-years
 * figure), so no two figures published together differ by one to four reports; and every figure is
 * computed from moved amounts (`moved`), so figures before and after a change, subtracted, give at
 * best one report's moved amount, never its CTC.
 */
export function cohortFigures(
  reports: readonly ReportForFigures[],
  noise: FigureNoise,
): CohortFigure[] {
  const figures: CohortFigure[] = []
  const parents = groupBy(reports, (r) => `${r.market}|${r.level}|${r.year}`)
  for (const members of parents.values()) {
    if (members.length < MIN_COHORT) continue
    figures.push(figure(members, 'all', '', noise))
    const splits = (['city', 'companyType'] as const).map((dimension) => {
      const shown = showableGroups(
        members.length,
        groupBy(members, (r) => r[dimension]),
      )
      return { dimension, shown, covered: shown.reduce((sum, [, m]) => sum + m.length, 0) }
    })
    const best = splits.reduce((a, b) => (b.covered > a.covered ? b : a))
    for (const [group, groupMembers] of best.shown) {
      figures.push(figure(groupMembers, best.dimension, group, noise))
    }
  }
  return figures.sort(
    (a, b) =>
      a.market.localeCompare(b.market) ||
      b.year - a.year ||
      levelRank(a.level) - levelRank(b.level) ||
      a.dimension.localeCompare(b.dimension) ||
      b.n - a.n,
  )
}
