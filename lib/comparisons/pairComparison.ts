/**
 * A comparison of two careers built from our data alone, for pairs no editor has written about.
 * Every statement it makes comes from a rule stated beside it; nothing here imitates an editor.
 */
import type { Role, SalaryTable } from '@/payload-types'

import { SALARY_LEVELS } from '../levels'
import { MARKETS } from '../markets'
import { formatAmount, toAnnualAmount } from '../money'
import { comparablePoints } from '../salaries/evidence'
import { skillKey } from '../skills/names'
import { skillNames } from '../skills/refs'
import { buildComparisonRows, type ComparedSide, type ComparisonRow } from './comparison'
import { ON_CALL, RATING } from './ratings'

export type PairCareer = ComparedSide['role'] & Pick<Role, 'toolbox' | 'roadmap'>
type Table = Pick<SalaryTable, 'rows' | 'currency' | 'unit' | 'market'>

/** A side wins a level's pay only when its midpoint is more than this much higher. */
export const PAY_MARGIN_PERCENT = 10

/** The market both careers have salary data for, India first (the order of MARKETS); else null. */
export function sharedMarket(first: readonly Table[], second: readonly Table[]): string | null {
  const markets = (tables: readonly Table[]) => new Set(tables.map((t) => t.market))
  const a = markets(first)
  const b = markets(second)
  return MARKETS.find((m) => a.has(m.value) && b.has(m.value))?.value ?? null
}

export type PayDifference = {
  level: string
  label: string
  /** The figures compared: both medians when both tables give one, else both mid-ranges. */
  basis: 'median' | 'midpoint'
  firstPoint: number
  secondPoint: number
  /** Second minus first, in the unit of `formatted`. */
  difference: number
  /** The difference as a share of the first career's figure. */
  percent: number
  formatted: string
}

type Row = Table['rows'][number]

/** A row in whole currency units a year, for tables quoted in different units. */
const annualRow = (row: Row, unit: Table['unit']): Row => ({
  ...row,
  min: toAnnualAmount(row.min, unit),
  max: toAnnualAmount(row.max, unit),
  median: row.median == null ? row.median : toAnnualAmount(row.median, unit),
})

/**
 * How much more (or less) the second career pays at each level both tables cover, like for like
 * (medians when both give one, else the middles of both ranges), in ₹ and in per cent of the first.
 * Tables quoted in different units (LPA and per year) are compared a year at a time; tables in
 * different currencies are not compared.
 */
export function payDifferences(first: Table | null, second: Table | null): PayDifference[] {
  if (!first || !second || first.currency !== second.currency) return []
  const sameUnit = first.unit === second.unit
  const money = sameUnit ? second : { ...second, unit: 'annual' as const }
  return SALARY_LEVELS.flatMap(({ value, label }) => {
    const foundA = first.rows.find((r) => r.level === value)
    const foundB = second.rows.find((r) => r.level === value)
    if (!foundA || !foundB) return []
    const a = sameUnit ? foundA : annualRow(foundA, first.unit)
    const b = sameUnit ? foundB : annualRow(foundB, second.unit)
    const [pointA, pointB, basis] = comparablePoints(a, b)
    if (pointA <= 0) return []
    const difference = Math.round((pointB - pointA) * 10) / 10
    const percent = Math.round((difference / pointA) * 1000) / 10
    const sign = difference > 0 ? '+' : difference < 0 ? '−' : '±'
    const formatted = `${sign}${formatAmount(Math.abs(difference), money)} (${sign}${Math.abs(percent)}%)`
    return [
      {
        level: value,
        label,
        basis,
        firstPoint: pointA,
        secondPoint: pointB,
        difference,
        percent,
        formatted,
      },
    ]
  })
}

/** Names keyed by skill (lib/skills/names.ts), first spelling kept, each once. */
function uniqueNames(names: readonly string[]): Map<string, string> {
  const keyed = new Map<string, string>()
  for (const name of names) if (!keyed.has(skillKey(name))) keyed.set(skillKey(name), name)
  return keyed
}

/**
 * What a career's profile says a person in it uses or learns: core skills, roadmap skills, and the
 * tools of its toolbox (a tool spelt as a skill's name or synonym's key is that skill).
 */
function workingSkills(role: PairCareer): Map<string, string> {
  return uniqueNames([
    ...skillNames(role.skills),
    ...(role.toolbox ?? []).map((t) => t.tool),
    ...(role.roadmap ?? []).flatMap((stage) => skillNames(stage.skills)),
  ])
}

export type SkillOverlap = { shared: string[]; onlyFirst: string[]; onlySecond: string[] }

/** Skills and tools both careers use or learn, and those only one does, matched term by term. */
export function skillOverlap(first: PairCareer, second: PairCareer): SkillOverlap {
  const a = workingSkills(first)
  const b = workingSkills(second)
  return {
    shared: [...a].filter(([key]) => b.has(key)).map(([, term]) => term),
    onlyFirst: [...a].filter(([key]) => !b.has(key)).map(([, term]) => term),
    onlySecond: [...b].filter(([key]) => !a.has(key)).map(([, term]) => term),
  }
}

export type TransitionStage = {
  stage: string
  description?: string | null
  have: string[]
  learn: string[]
}

export type TransitionPath = {
  from: string
  to: string
  stages: TransitionStage[]
  /** Skills of the destination's roadmap the reader already has, of all it names. */
  haveCount: number
  totalCount: number
}

/**
 * Moving from one career to another: the destination's roadmap, stage by stage in its own order,
 * each skill sorted into "you already have it" (the origin's profile names it among its skills,
 * tools or roadmap) or "to learn".
 */
export function transitionPath(from: PairCareer, to: PairCareer): TransitionPath {
  const known = new Set(workingSkills(from).keys())
  const stages = (to.roadmap ?? []).map((stage) => {
    const names = skillNames(stage.skills)
    return {
      stage: stage.stage,
      description: stage.description,
      have: names.filter((name) => known.has(skillKey(name))),
      learn: names.filter((name) => !known.has(skillKey(name))),
    }
  })
  return {
    from: from.title,
    to: to.title,
    stages,
    haveCount: stages.reduce((n, s) => n + s.have.length, 0),
    totalCount: stages.reduce((n, s) => n + s.have.length + s.learn.length, 0),
  }
}

export type Winner = 'first' | 'second' | 'even' | 'unknown'

export type PairVerdict = {
  dimension: string
  winner: Winner
  summary: string
  /** The rule that decided it, shown to readers. */
  rule: string
}

const rank = (scale: readonly { value: string }[], value: string | null | undefined) =>
  value ? scale.findIndex((o) => o.value === value) : -1

/** Higher (or, with `lowerWins`, lower) on a scale wins; the same rating is even; unrated is unknown. */
function byRating(
  scale: readonly { value: string; label: string }[],
  a: string | null | undefined,
  b: string | null | undefined,
  lowerWins: boolean,
): Winner {
  const ra = rank(scale, a)
  const rb = rank(scale, b)
  if (ra < 0 || rb < 0) return 'unknown'
  if (ra === rb) return 'even'
  return ra > rb !== lowerWins ? 'first' : 'second'
}

function payVerdict(
  titles: [string, string],
  differences: PayDifference[],
  market: string | null,
): PairVerdict {
  const rule = `Compares each level's pay in the same market (medians when both tables give one, else the middle of each band); a career leads a level when it pays over ${PAY_MARGIN_PERCENT}% more there, and wins when it leads more levels than the other.`
  if (!market || differences.length === 0) {
    return {
      dimension: 'Pay',
      winner: 'unknown',
      summary: market
        ? 'The two salary tables share no level in the same currency, so pay is not compared.'
        : 'We have no salary data for both careers in the same market.',
      rule,
    }
  }
  const margin = 1 + PAY_MARGIN_PERCENT / 100
  // A band of zero leads nothing: no percentage can be said of it.
  const secondLeads = differences.filter(
    (d) => d.firstPoint > 0 && d.secondPoint > d.firstPoint * margin,
  )
  const firstLeads = differences.filter(
    (d) => d.secondPoint > 0 && d.firstPoint > d.secondPoint * margin,
  )
  const winner: Winner =
    secondLeads.length > firstLeads.length
      ? 'second'
      : firstLeads.length > secondLeads.length
        ? 'first'
        : 'even'
  if (winner === 'even') {
    return {
      dimension: 'Pay',
      winner,
      summary: `Pay is close: neither career pays over ${PAY_MARGIN_PERCENT}% more at more levels than the other.`,
      rule,
    }
  }
  const leads = winner === 'first' ? firstLeads : secondLeads
  // How much more, at the levels it leads: "by 25%" or "by 12–27%".
  const percents = leads.map((d) =>
    Math.round(
      (winner === 'first' ? d.firstPoint / d.secondPoint : d.secondPoint / d.firstPoint) * 100 -
        100,
    ),
  )
  const low = Math.min(...percents)
  const high = Math.max(...percents)
  const by = low === high ? `${low}%` : `${low}–${high}%`
  const summary = `${titles[winner === 'first' ? 0 : 1]} pays more at ${leads.length} of ${differences.length} levels, by ${by}.`
  return { dimension: 'Pay', winner, summary, rule }
}

function ratingVerdict(
  dimension: string,
  titles: [string, string],
  winner: Winner,
  better: string,
  rule: string,
): PairVerdict {
  const summary =
    winner === 'unknown'
      ? 'One of the profiles does not rate this yet.'
      : winner === 'even'
        ? 'Both profiles rate this the same.'
        : `${titles[winner === 'first' ? 0 : 1]} ${better}.`
  return { dimension, winner, summary, rule }
}

/**
 * A verdict per dimension, each decided by the rule it carries: pay from the salary tables of the
 * shared market, the rest from the ratings on the two profiles.
 */
export function pairVerdicts(
  first: PairCareer,
  second: PairCareer,
  differences: PayDifference[],
  market: string | null,
): PairVerdict[] {
  const titles: [string, string] = [first.title, second.title]
  return [
    payVerdict(titles, differences, market),
    ratingVerdict(
      'Job demand',
      titles,
      byRating(RATING, first.demand?.level, second.demand?.level, false),
      'has more demand from employers',
      'The career whose profile rates demand higher wins; the same rating is even.',
    ),
    ratingVerdict(
      'Getting the first job',
      titles,
      byRating(RATING, first.entryDifficulty?.level, second.entryDifficulty?.level, true),
      'is easier to get into',
      'The career whose profile rates entry difficulty lower wins; the same rating is even.',
    ),
    ratingVerdict(
      'Nights and weekends',
      titles,
      byRating(ON_CALL, first.onCallBurden?.level, second.onCallBurden?.level, true),
      'has the lighter on-call burden',
      'The career whose profile rates its on-call burden lower wins; the same rating is even.',
    ),
  ]
}

export type PairSide<R extends PairCareer = PairCareer, T extends Table = Table> = {
  role: R
  tables: T[]
}

export type GeneratedPair<R extends PairCareer = PairCareer, T extends Table = Table> = {
  market: string | null
  first: { role: R; salary: T | null }
  second: { role: R; salary: T | null }
  rows: ComparisonRow[]
  payDifferences: PayDifference[]
  skills: SkillOverlap
  transitions: [TransitionPath, TransitionPath]
  verdicts: PairVerdict[]
  /** Search engines index a pair only when both careers have salary data for the same market. */
  indexable: boolean
}

/** Everything a generated comparison shows, from the two profiles and their latest salary tables. */
export function buildGeneratedPair<R extends PairCareer, T extends Table>(
  first: PairSide<R, T>,
  second: PairSide<R, T>,
): GeneratedPair<R, T> {
  const market = sharedMarket(first.tables, second.tables)
  const salaryIn = (side: PairSide<R, T>) =>
    (market && side.tables.find((t) => t.market === market)) || null
  const a = { role: first.role, salary: salaryIn(first) }
  const b = { role: second.role, salary: salaryIn(second) }
  const differences = payDifferences(a.salary, b.salary)
  return {
    market,
    first: a,
    second: b,
    rows: buildComparisonRows(a, b),
    payDifferences: differences,
    skills: skillOverlap(first.role, second.role),
    transitions: [transitionPath(first.role, second.role), transitionPath(second.role, first.role)],
    verdicts: pairVerdicts(first.role, second.role, differences, market),
    indexable: market !== null,
  }
}
