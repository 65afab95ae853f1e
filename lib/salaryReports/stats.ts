/**
 * The statistics behind reader salary figures, pure so that every rule is unit-tested: quartiles,
 * the outlier test editors see as a flag, confidence by count, and the cohorts that may be shown.
 */
import { levelRank } from '../levels'
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
const rounded = (value: number) => Math.round(value / FIGURE_ROUNDING) * FIGURE_ROUNDING

export type ReportForFigures = {
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

function figure(
  reports: readonly ReportForFigures[],
  dimension: Dimension,
  group: string,
): CohortFigure {
  const { market, level, year } = reports[0]!
  const sorted = ascending(reports.map((r) => r.ctc))
  return {
    market,
    level,
    year,
    dimension,
    group,
    n: sorted.length,
    p25: rounded(quantile(sorted, 0.25)),
    median: rounded(quantile(sorted, 0.5)),
    p75: rounded(quantile(sorted, 0.75)),
    confidence: confidenceTier(sorted.length)!,
  }
}

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
 * with at least five reports, and within it, by city or by company type, the groups showableGroups
 * allows. Nothing broader is published (no all-levels or all-years figure), so no two published
 * figures differ by fewer than five reports.
 */
export function cohortFigures(reports: readonly ReportForFigures[]): CohortFigure[] {
  const figures: CohortFigure[] = []
  const parents = groupBy(reports, (r) => `${r.market}|${r.level}|${r.year}`)
  for (const members of parents.values()) {
    if (members.length < MIN_COHORT) continue
    figures.push(figure(members, 'all', ''))
    for (const dimension of ['city', 'companyType'] as const) {
      const groups = groupBy(members, (r) => r[dimension])
      for (const [group, groupMembers] of showableGroups(members.length, groups)) {
        figures.push(figure(groupMembers, dimension, group))
      }
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
