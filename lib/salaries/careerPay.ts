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

/** How the typical pay of one career compares with another's, at the same level, in per cent. */
export type PayChange = { percent: number; levelLabel: string; illustrative: boolean }

/** Moving from one career to another: the change in typical pay, when both quote the same level. */
export function payChange(
  from: CareerPay | undefined,
  to: CareerPay | undefined,
): PayChange | null {
  if (!from || !to || from.levelLabel !== to.levelLabel || from.annual <= 0) return null
  return {
    percent: Math.round(((to.annual - from.annual) / from.annual) * 100),
    levelLabel: to.levelLabel,
    illustrative: from.illustrative || to.illustrative,
  }
}

/** "18% more at mid-level", "5% less at mid-level", "about the same at mid-level". */
export function payChangeText(change: PayChange): string {
  const level = `at ${change.levelLabel.toLowerCase()}`
  const text =
    change.percent === 0
      ? `about the same pay ${level}`
      : `${Math.abs(change.percent)}% ${change.percent > 0 ? 'more' : 'less'} pay ${level}`
  return change.illustrative ? `${text} (illustrative figures)` : text
}
