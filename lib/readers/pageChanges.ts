import { formatDate } from '../dates'
import type { SalaryUnit } from '../markets'
import { formatAmount, formatBand } from '../money'

/**
 * What a saved page said, reduced to what a reader would want to hear has changed: its salary bands,
 * its verdicts (comparisons) and which published version it is. Stored on the save when the reader
 * opens the page (lib/readers/pageFacts.ts), compared with the live page on /account and in the digest.
 */
export type BandFact = {
  label: string
  year: number
  min: number
  max: number
  median: number | null
  currency: string
  unit: SalaryUnit
  market: string
}
export type PageFacts = {
  /** The published version: its updatedAt (drafts never touch it). */
  version: string
  /** Keyed by career, market and level, so a new year's table reads as the same band moving. */
  bands: Record<string, BandFact>
  /** Dimension → who wins it, by name ("Data Scientist", "Even"). */
  verdicts: Record<string, string>
}

/** The changes a digest or /account lists for one page, at most this many lines. */
export const MAX_CHANGE_LINES = 6

const band = (b: BandFact) => formatBand(b.min, b.max, b)
const median = (b: BandFact) => (b.median == null ? null : formatAmount(b.median, b))

function bandChange(before: BandFact | undefined, after: BandFact | undefined) {
  if (!after) return before ? `${before.label}: no longer shown` : null
  if (!before) return `${after.label}: new figures, ${band(after)} (${after.year})`
  const moved = band(before) !== band(after)
  const medianMoved = median(before) !== median(after) && median(after) !== null
  if (!moved && !medianMoved && before.year === after.year) return null
  const parts = [`${after.label}: ${moved ? `${band(before)} → ${band(after)}` : band(after)}`]
  if (medianMoved) parts.push(`median ${median(before) ?? 'not given'} → ${median(after)}`)
  if (before.year !== after.year) parts.push(`${after.year} figures replace ${before.year}`)
  return parts.join('; ')
}

function verdictChange(dimension: string, before: string | undefined, after: string | undefined) {
  if (before === after) return null
  if (after === undefined) return `Verdict on ${dimension}: removed`
  if (before === undefined) return `New verdict on ${dimension}: ${after}`
  return `Verdict on ${dimension}: now ${after} (was ${before})`
}

/**
 * What changed between two readings of a page, as short lines for a reader: a new published version
 * first, then moved salary bands, then changed verdicts. No earlier reading (a page saved before
 * this was recorded) reports nothing: there is nothing to compare with.
 */
export function pageChanges(before: PageFacts | null | undefined, after: PageFacts): string[] {
  if (!before || typeof before !== 'object') return []
  const lines: string[] = []
  if (before.version !== after.version)
    lines.push(`New version published ${formatDate(after.version)}`)
  const beforeBands = before.bands ?? {}
  for (const key of [...new Set([...Object.keys(after.bands), ...Object.keys(beforeBands)])]) {
    const line = bandChange(beforeBands[key], after.bands[key])
    if (line) lines.push(line)
  }
  const beforeVerdicts = before.verdicts ?? {}
  for (const dimension of [
    ...new Set([...Object.keys(after.verdicts), ...Object.keys(beforeVerdicts)]),
  ]) {
    const line = verdictChange(dimension, beforeVerdicts[dimension], after.verdicts[dimension])
    if (line) lines.push(line)
  }
  if (lines.length <= MAX_CHANGE_LINES) return lines
  const more = lines.length - (MAX_CHANGE_LINES - 1)
  return [...lines.slice(0, MAX_CHANGE_LINES - 1), `…and ${more} more changes`]
}
