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
/** Who wins a comparison's dimension: by position, so renaming a career changes no verdict. */
export type VerdictFact = { dimension: string; winner: string }
export type PageFacts = {
  /** The published version: its updatedAt (drafts never touch it). */
  version: string
  /** Keyed by career, market and level, so a new year's table reads as the same band moving. */
  bands: Record<string, BandFact>
  /** A comparison's two careers, by their names now: what "first" and "second" read as. */
  compared: string[]
  verdicts: VerdictFact[]
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

/** Stored facts are JSON from the database: only own keys count ("constructor" is not a band). */
const own = <T>(record: Record<string, T> | undefined, key: string): T | undefined =>
  record && Object.hasOwn(record, key) ? record[key] : undefined

/** Each dimension's winner, named with the careers as the page names them now. */
function verdictNames(facts: PageFacts, names: string[]): Map<string, string> {
  const name = (winner: string) =>
    winner === 'even'
      ? 'Even'
      : (winner === 'first' ? names[0] : winner === 'second' ? names[1] : undefined) || winner
  const verdicts = Array.isArray(facts.verdicts) ? facts.verdicts : []
  return new Map(verdicts.map((v) => [v.dimension, name(v.winner)]))
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
    const line = bandChange(own(beforeBands, key), own(after.bands, key))
    if (line) lines.push(line)
  }
  const [was, now] = [verdictNames(before, after.compared), verdictNames(after, after.compared)]
  for (const dimension of new Set([...now.keys(), ...was.keys()])) {
    const line = verdictChange(dimension, was.get(dimension), now.get(dimension))
    if (line) lines.push(line)
  }
  if (lines.length <= MAX_CHANGE_LINES) return lines
  const more = lines.length - (MAX_CHANGE_LINES - 1)
  return [...lines.slice(0, MAX_CHANGE_LINES - 1), `…and ${more} more changes`]
}
