import { choices, isChoice } from '../choices'
/**
 * The salary explorer: every published career × level for one market, filtered, sorted and paged
 * from the query string. The page, its CSV and its JSON are built from the same rows, so a download
 * holds exactly what the page shows.
 */
import { levelInfo, SALARY_LEVELS } from '../levels'
import { MARKETS } from '../markets'
import { formatAmount, formatBand, type Money, toAnnualAmount } from '../money'
import { rolePath } from '../paths'
import { relationId } from '../platform/ids'
import { pageNumber, pageOf, queryParam, type QueryParams, viewSearch } from '../queryString'
import {
  bandMidpoint,
  confidenceLabel,
  isIllustrative,
  isOutOfDate,
  methodLabel,
  shortMethodLabel,
} from './evidence'
import type { ReaderFigure } from './reports/summary'
import { type InHand, inHandFor } from './takeHome/band'

export const EXPLORER_PAGE_SIZE = 50

export const EXPLORER_SORTS = choices({
  'pay-desc': 'Highest pay first',
  'pay-asc': 'Lowest pay first',
  career: 'Career, A–Z',
})

export type ExplorerSort = (typeof EXPLORER_SORTS)[number]['value']

export type ExplorerQuery = { market: string; level: string; sort: ExplorerSort; page: number }

export const DEFAULT_EXPLORER_QUERY: ExplorerQuery = {
  market: 'IN',
  level: 'all',
  sort: 'pay-desc',
  page: 1,
}

export function parseExplorerQuery(params: QueryParams): ExplorerQuery {
  const market = queryParam(params, 'market')?.toUpperCase()
  const level = queryParam(params, 'level')
  const sort = queryParam(params, 'sort')
  return {
    market: MARKETS.some((m) => m.value === market) ? market! : DEFAULT_EXPLORER_QUERY.market,
    level: SALARY_LEVELS.some((l) => l.value === level) ? level! : 'all',
    sort: isChoice(EXPLORER_SORTS, sort) ? (sort as ExplorerSort) : DEFAULT_EXPLORER_QUERY.sort,
    page: pageNumber(queryParam(params, 'page')),
  }
}

/** The query string of a query, defaults left out, so each view has one address. */
export function explorerSearch(query: ExplorerQuery): string {
  return viewSearch(query, DEFAULT_EXPLORER_QUERY, ['market', 'level', 'sort', 'page'])
}

type Band = { level: string; min: number; max: number; median?: number | null }

export type ExplorerTable = Money & {
  id: number | string
  role: unknown
  year: number
  rows: readonly Band[]
  method?: string | null
  confidence?: string | null
  sampleSize?: number | null
  source: string
  sourceUrls?: { url: string; label?: string | null }[] | null
  lastReviewed: string
}

export type ExplorerCareer = { id: number | string; title: string; slug?: string | null }

export type ExplorerRow = {
  career: string
  careerSlug: string
  level: string
  levelLabel: string
  min: number
  max: number
  median: number | null
  /** The median when published, else the middle of the range: what the rows are sorted by. */
  typical: number
  typicalIsMedian: boolean
  currency: string
  unit: Money['unit']
  market: string
  band: string
  typicalFormatted: string
  /** What the median or mid-range leaves in hand a month (rupee markets only). */
  inHand: InHand | null
  year: number
  tableId: string
  method: string
  /** The method in a word or two, for a table cell: "Illustrative sample". */
  methodShort: string
  /** Invented figures, not data: the chart draws them grey. */
  illustrative: boolean
  confidence: string
  sampleSize: number | null
  source: string
  sourceUrls: string[]
  lastReviewed: string
  profileUrl: string
  /** What readers' approved reports say for this career and level, when enough exist to show. */
  readerReport?: ReaderFigure | null
}

export type ExplorerPage = {
  query: ExplorerQuery
  rows: ExplorerRow[]
  total: number
  pageCount: number
}

/**
 * The rows of one view: each published career's latest table in the market, one row per level
 * (or the level asked for), sorted — by pay in whole currency units a year, so tables quoted in
 * different units sort together — and cut to the page asked for (clamped to the last page).
 */
export function explorerPage(
  tables: readonly ExplorerTable[],
  careers: readonly ExplorerCareer[],
  query: ExplorerQuery,
): ExplorerPage {
  const byId = new Map(careers.map((c) => [String(c.id), c]))
  const all: ExplorerRow[] = tables.flatMap((table) => {
    const career = byId.get(relationId(table.role) ?? '')
    if (!career?.slug) return []
    return table.rows
      .filter((row) => query.level === 'all' || row.level === query.level)
      .map((row) => {
        const typical = bandMidpoint(row)
        return {
          career: career.title,
          careerSlug: career.slug!,
          level: row.level,
          levelLabel: levelInfo(row.level)?.label ?? row.level,
          min: row.min,
          max: row.max,
          median: row.median ?? null,
          typical,
          typicalIsMedian: row.median != null,
          currency: table.currency,
          unit: table.unit,
          market: query.market,
          band: '',
          typicalFormatted: '',
          inHand: null,
          year: table.year,
          tableId: String(table.id),
          method: methodLabel(table.method),
          methodShort: shortMethodLabel(table.method),
          illustrative: isIllustrative(table.method),
          confidence: confidenceLabel(table.confidence),
          sampleSize: table.sampleSize ?? null,
          source: table.source,
          sourceUrls: (table.sourceUrls ?? []).map((s) => s.url),
          lastReviewed: table.lastReviewed.slice(0, 10),
          profileUrl: rolePath(career.slug!),
        }
      })
  })
  const annual = (row: ExplorerRow) => toAnnualAmount(row.typical, row.unit)
  const byCareer = (a: ExplorerRow, b: ExplorerRow) =>
    a.career.localeCompare(b.career, 'en') || levelRank(a) - levelRank(b)
  all.sort(
    query.sort === 'career'
      ? byCareer
      : (a, b) =>
          (query.sort === 'pay-asc' ? annual(a) - annual(b) : annual(b) - annual(a)) ||
          byCareer(a, b),
  )
  const { pageCount } = pageOf(all, 1, EXPLORER_PAGE_SIZE)
  const page = Math.min(query.page, pageCount)
  // Figures are written out for the page's rows only: a market holds thousands.
  const rows = pageOf(all, page, EXPLORER_PAGE_SIZE).items.map((row) => ({
    ...row,
    band: formatBand(row.min, row.max, row),
    typicalFormatted: formatAmount(row.typical, row),
    inHand: inHandFor(row.typical, row),
  }))
  return { query: { ...query, page }, rows, total: all.length, pageCount }
}

/** "rows 51–100 of 240", for captions. */
export function rowRange({ query, rows, total }: ExplorerPage): string {
  const first = (query.page - 1) * EXPLORER_PAGE_SIZE
  return total === 0 ? 'no rows' : `rows ${first + 1}–${first + rows.length} of ${total}`
}

const levelRank = (row: ExplorerRow) => SALARY_LEVELS.findIndex((l) => l.value === row.level)

/** The columns of the downloads, in order: the figures, then their evidence. */
export const EXPLORER_COLUMNS = [
  'career',
  'level',
  'min',
  'max',
  'median',
  'currency',
  'unit',
  'year',
  'method',
  'confidence',
  'sampleSize',
  'source',
  'sourceUrls',
  'lastReviewed',
  'market',
  'mayBeOutOfDate',
  'profileUrl',
  'readerReportsMedianLpa',
  'readerReportsP25Lpa',
  'readerReportsP75Lpa',
  'readerReportsN',
  'readerReportsConfidence',
  'readerReportsYear',
] as const

/** One row as the downloads write it: plain values, evidence included, its age judged at `now`. */
export function exportRow(row: ExplorerRow, absolute: (path: string) => string, now: Date) {
  return {
    career: row.career,
    level: row.levelLabel,
    min: row.min,
    max: row.max,
    median: row.median,
    currency: row.currency,
    unit: row.unit,
    year: row.year,
    method: row.method,
    confidence: row.confidence,
    sampleSize: row.sampleSize,
    source: row.source,
    sourceUrls: row.sourceUrls.join(' '),
    lastReviewed: row.lastReviewed,
    market: row.market,
    mayBeOutOfDate: isOutOfDate(row.lastReviewed, now),
    profileUrl: absolute(row.profileUrl),
    readerReportsMedianLpa: row.readerReport?.medianLpa ?? null,
    readerReportsP25Lpa: row.readerReport?.p25Lpa ?? null,
    readerReportsP75Lpa: row.readerReport?.p75Lpa ?? null,
    readerReportsN: row.readerReport?.n ?? null,
    readerReportsConfidence: row.readerReport?.confidenceLabel ?? null,
    readerReportsYear: row.readerReport?.year ?? null,
  } satisfies Record<(typeof EXPLORER_COLUMNS)[number], unknown>
}

/**
 * A CSV cell: quoted when it holds a comma, quote or line break; text that a spreadsheet would run
 * as a formula (starting with = + - @, tab or carriage return) is prefixed with an apostrophe.
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  let text = String(value)
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function toCsv(rows: Record<string, unknown>[]): string {
  const lines = [
    EXPLORER_COLUMNS.join(','),
    ...rows.map((row) => EXPLORER_COLUMNS.map((c) => csvCell(row[c])).join(',')),
  ]
  return `${lines.join('\r\n')}\r\n`
}
