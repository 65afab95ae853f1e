import { choiceOf, choices, labelOf } from '../choices'
/**
 * Where a salary figure comes from and how far to trust it: the method behind a table, its sources,
 * its sample size, the confidence its editor gives it, and how old its last review is. One set of
 * rules, used by the admin's validation, every page that shows a band, the downloads and JSON-LD.
 */
import { formatDate, formatMonth } from '../dates'
import { levelInfo } from '../levels'

export const SALARY_METHODS = [
  { value: 'survey', label: 'Survey', short: 'survey' },
  { value: 'job-postings', label: 'Job postings', short: 'job postings' },
  { value: 'editorial-estimate', label: 'Editorial estimate', short: 'editorial estimate' },
  { value: 'reader-reports', label: 'Reader reports', short: 'reader reports' },
  {
    value: 'illustrative',
    label: 'Illustrative sample, not survey data',
    short: 'illustrative sample',
  },
] as const

export type SalaryMethod = (typeof SALARY_METHODS)[number]['value']

export const CONFIDENCE_LEVELS = choices({
  low: 'Low',
  medium: 'Medium',
  high: 'High',
})

export type Confidence = (typeof CONFIDENCE_LEVELS)[number]['value']

/** Methods that count people, so a table made with them says how many. */
const COUNTED_METHODS = new Set<string>(['survey', 'reader-reports'])

/** Methods that count anything (people or postings): the only ones high confidence can rest on. */
const MEASURED_METHODS = new Set<string>(['survey', 'reader-reports', 'job-postings'])

/** High confidence needs at least this many counted. */
export const HIGH_CONFIDENCE_SAMPLE = 30

const MAX_SAMPLE_SIZE = 10_000_000
const MAX_URL_LENGTH = 2000

/** Readers are told a table "may be out of date" once its last review is this old. */
export const OUT_OF_DATE_AFTER_MONTHS = 12

export type EvidenceInput = {
  method?: string | null
  confidence?: string | null
  sampleSize?: number | null
  sourceUrls?: { url?: string | null }[] | null
}

export function methodLabel(method: string | null | undefined): string {
  return labelOf(SALARY_METHODS, method, 'Method not stated')
}

/** Invented figures for a demo or an example: never data, and every surface says so. */
export const isIllustrative = (method: string | null | undefined) => method === 'illustrative'

/** "Illustrative sample", "Editorial estimate": the method in a word or two. */
export function shortMethodLabel(method: string | null | undefined): string {
  const short = choiceOf(SALARY_METHODS, method)?.short ?? 'method not stated'
  return `${short[0]!.toUpperCase()}${short.slice(1)}`
}

export function confidenceLabel(confidence: string | null | undefined): string {
  return labelOf(CONFIDENCE_LEVELS, confidence, 'Not rated')
}

/** Why a source address is refused, or null: readers follow it, so it must be a web address. */
export function sourceUrlProblem(value: unknown): string | null {
  if (typeof value !== 'string' || !value.trim()) return 'Give the address of the source.'
  if (value.length > MAX_URL_LENGTH) {
    return `Keep the address to ${MAX_URL_LENGTH} characters or fewer.`
  }
  try {
    const { protocol, username, password } = new URL(value)
    if (protocol !== 'https:' && protocol !== 'http:') {
      return 'A source must be a web page: start the address with https://.'
    }
    return username || password ? 'Leave the user name and password out of the address.' : null
  } catch {
    return 'Write the full address of the source, starting with https://.'
  }
}

/** What a source link reads as: the editor's label, else the site's name. */
export function sourceLabel(source: { url: string; label?: string | null }): string {
  if (source.label) return source.label
  try {
    return new URL(source.url).hostname
  } catch {
    return source.url
  }
}

/** Why a sample size is refused for this method, or null. */
export function sampleSizeProblem(sampleSize: unknown, method: unknown): string | null {
  if (sampleSize == null || sampleSize === '') {
    return typeof method === 'string' && COUNTED_METHODS.has(method)
      ? `A table from ${methodLabel(method).toLowerCase()} says how many people it counts: give the sample size.`
      : null
  }
  if (
    typeof sampleSize !== 'number' ||
    !Number.isInteger(sampleSize) ||
    sampleSize < 1 ||
    sampleSize > MAX_SAMPLE_SIZE
  ) {
    return 'The sample size is a whole number of people or postings, from 1 to 10,000,000.'
  }
  return null
}

/**
 * Why a confidence level is refused, or null. An illustrative sample is never more than low; high
 * confidence needs a measured method (survey, job postings, reader reports) with at least 30 counted
 * and a source readers can check.
 */
export function confidenceProblem(confidence: unknown, evidence: EvidenceInput): string | null {
  if (confidence == null || confidence === '')
    return 'Choose how confident we are in these figures.'
  if (isIllustrative(evidence.method) && confidence !== 'low') {
    return 'An illustrative sample is not data: its confidence can only be low.'
  }
  if (
    confidence === 'high' &&
    (!MEASURED_METHODS.has(evidence.method ?? '') ||
      (evidence.sampleSize ?? 0) < HIGH_CONFIDENCE_SAMPLE ||
      !evidence.sourceUrls?.length)
  ) {
    return `High confidence needs a survey, job postings or reader reports with at least ${HIGH_CONFIDENCE_SAMPLE} counted, and a source address readers can check.`
  }
  return null
}

/** Every evidence problem of a table at once (for scripts and tests; the admin checks per field). */
export function evidenceProblems(evidence: EvidenceInput): string[] {
  return [
    sampleSizeProblem(evidence.sampleSize, evidence.method),
    confidenceProblem(evidence.confidence, evidence),
    ...(evidence.sourceUrls ?? []).map((s) => sourceUrlProblem(s.url)),
  ].filter((problem): problem is string => problem !== null)
}

/** The date `months` calendar months after `iso` (clamped to the month's last day). */
function addMonths(iso: string, months: number): Date {
  const date = new Date(iso)
  const day = date.getUTCDate()
  date.setUTCDate(1)
  date.setUTCMonth(date.getUTCMonth() + months)
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate()
  date.setUTCDate(Math.min(day, lastDay))
  return date
}

/** True once a table's last review is more than `months` months before `now`. */
export function reviewedMoreThan(months: number, lastReviewed: string, now: Date): boolean {
  return addMonths(lastReviewed, months).getTime() < now.getTime()
}

export function isOutOfDate(lastReviewed: string, now: Date): boolean {
  return reviewedMoreThan(OUT_OF_DATE_AFTER_MONTHS, lastReviewed, now)
}

type Band = { level: string; min: number; max: number; median?: number | null }
type BandTable = {
  year: number
  currency: string
  unit: string
  rows: readonly Band[]
}

/** The figure a band is compared by: its median when known, else the middle of its range. */
export function bandMidpoint(band: Band): number {
  return band.median ?? (band.min + band.max) / 2
}

/**
 * Two bands' figures, like for like: their medians when both have one, else the middles of both
 * ranges (a median against a mid-range would compare different things).
 */
export function comparablePoints(a: Band, b: Band): [number, number, 'median' | 'midpoint'] {
  if (a.median != null && b.median != null) return [a.median, b.median, 'median']
  return [(a.min + a.max) / 2, (b.min + b.max) / 2, 'midpoint']
}

export type YearOnYear = {
  fromYear: number
  toYear: number
  levels: { level: string; label: string; changePercent: number }[]
}

/**
 * How each level's pay moved since the previous table of the same career and market: the change of
 * its midpoint, in per cent, rounded to one decimal. Null when there is no earlier year to compare
 * or the tables use different currencies or units.
 */
export function yearOnYear(current: BandTable, previous: BandTable | null): YearOnYear | null {
  if (!previous || previous.year >= current.year) return null
  if (previous.currency !== current.currency || previous.unit !== current.unit) return null
  const levels = current.rows.flatMap((row) => {
    const before = previous.rows.find((r) => r.level === row.level)
    if (!before) return []
    const [then, now] = comparablePoints(before, row)
    if (then <= 0) return []
    const change = ((now - then) / then) * 100
    return [
      {
        level: row.level,
        label: levelInfo(row.level)?.label ?? row.level,
        changePercent: Math.round(change * 10) / 10,
      },
    ]
  })
  return levels.length ? { fromYear: previous.year, toYear: current.year, levels } : null
}

export function formatChange(percent: number): string {
  if (percent === 0) return 'no change'
  return `${percent > 0 ? '+' : '−'}${Math.abs(percent).toLocaleString('en-IN')}%`
}

export type EvidenceSource = {
  method?: string | null
  source: string
  confidence?: string | null
  sampleSize?: number | null
  lastReviewed: string
}

/** A few words for a share image: "Editorial estimate, reviewed Apr 2026" (and a warning when old). */
export function shortEvidence(table: EvidenceSource, now: Date): string {
  const reviewed = formatMonth(table.lastReviewed)
  const label = `${shortMethodLabel(table.method)}, reviewed ${reviewed}`
  return isOutOfDate(table.lastReviewed, now) ? `${label} (may be out of date)` : label
}

/** One line naming a table's evidence, for downloads and JSON-LD. */
export function evidenceLine(table: EvidenceSource, now: Date): string {
  return [
    methodLabel(table.method),
    table.source,
    table.sampleSize ? `n = ${table.sampleSize.toLocaleString('en-IN')}` : null,
    `${confidenceLabel(table.confidence).toLowerCase()} confidence`,
    `reviewed ${formatDate(table.lastReviewed)}`,
    isOutOfDate(table.lastReviewed, now) ? 'may be out of date' : null,
  ]
    .filter(Boolean)
    .join(' · ')
}

type EvidenceOf = BandTable & {
  previous?: BandTable | null
  method?: string | null
  source?: string | null
  sampleSize?: number | null
  confidence?: string | null
  lastReviewed: string
  methodology?: string | null
  sourceUrls?: { url: string; label?: string | null }[] | null
}

/**
 * What a table's evidence note says besides whose figures they are: tables with the same one share
 * a note (one legend line for eleven illustrative samples, not eleven). Null when the note says
 * something of this table alone — how its pay moved since last year — so it keeps its own.
 */
export function evidenceSignature(table: EvidenceOf): string | null {
  if (yearOnYear(table, table.previous ?? null)) return null
  return JSON.stringify([
    table.method ?? null,
    table.source ?? null,
    table.sampleSize ?? null,
    table.confidence ?? null,
    table.lastReviewed.slice(0, 10),
    table.methodology?.trim() || null,
    (table.sourceUrls ?? []).map((s) => [s.url, s.label ?? null]),
  ])
}
