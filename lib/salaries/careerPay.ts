import { levelInfo } from '../levels'
import { formatAmount, formatBand, type Money, toAnnualAmount } from '../money'
import { relationId } from '../platform/ids'
import { bandMidpoint, isIllustrative } from './evidence'

/** The level a career card quotes: the one most readers weigh a career by. */
export const CARD_LEVEL = 'mid'

/** What a career card says about pay: one level's band and its median (or mid-range). */
export type CareerPay = {
  levelLabel: string
  band: string
  typical: string
  typicalIsMedian: boolean
  /** The typical figure in whole currency units a year, for ordering careers by pay. */
  annual: number
  year: number
  /** "Illustrative sample…" tables are not data: the card says so. */
  illustrative: boolean
  lastReviewed: string
}

type Table = Money & {
  role: unknown
  year: number
  rows: readonly { level: string; min: number; max: number; median?: number | null }[]
  method?: string | null
  lastReviewed: string
}

/**
 * Per career id, its mid-level pay from the newest table given for it (tables newest first, one
 * market). A career whose table has no mid-level row quotes its middle row, and says which level.
 */
export function careerPay(tables: readonly Table[]): Record<string, CareerPay> {
  const pay: Record<string, CareerPay> = {}
  for (const table of tables) {
    const id = relationId(table.role)
    if (id == null || pay[id] || table.rows.length === 0) continue
    const row =
      table.rows.find((r) => r.level === CARD_LEVEL) ??
      table.rows[Math.floor((table.rows.length - 1) / 2)]!
    const typical = bandMidpoint(row)
    pay[id] = {
      levelLabel: levelInfo(row.level)?.label ?? row.level,
      band: formatBand(row.min, row.max, table),
      typical: formatAmount(typical, table),
      typicalIsMedian: row.median != null,
      annual: toAnnualAmount(typical, table.unit),
      year: table.year,
      illustrative: isIllustrative(table.method),
      lastReviewed: table.lastReviewed,
    }
  }
  return pay
}
