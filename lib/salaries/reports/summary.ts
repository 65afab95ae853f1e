import { labelOf } from '../../choices'
import { formatAmount, formatBand } from '../../money'
import { LPA, toLakhs } from '../rupees'
import type { CohortFigure } from './stats'
import { CONFIDENCE_TIERS } from './vocabulary'

/** What a page shows of a published cohort: already formatted, so every surface says the same. */
export type ReaderFigure = {
  n: number
  year: number
  confidence: CohortFigure['confidence']
  confidenceLabel: string
  /** In lakhs a year, for charts and downloads. */
  medianLpa: number
  p25Lpa: number
  p75Lpa: number
  median: string
  middleHalf: string
  /** "Reader reports: median ₹18 LPA, n = 23, medium confidence, 2026" */
  sentence: string
}

export function readerFigure(figure: CohortFigure): ReaderFigure {
  const confidenceLabel = labelOf(CONFIDENCE_TIERS, figure.confidence)
  const median = formatAmount(toLakhs(figure.median), LPA)
  return {
    n: figure.n,
    year: figure.year,
    confidence: figure.confidence,
    confidenceLabel,
    medianLpa: toLakhs(figure.median),
    p25Lpa: toLakhs(figure.p25),
    p75Lpa: toLakhs(figure.p75),
    median,
    middleHalf: formatBand(toLakhs(figure.p25), toLakhs(figure.p75), LPA),
    sentence: `Reader reports: median ${median}, n = ${figure.n}, ${confidenceLabel.toLowerCase()}, ${figure.year}`,
  }
}
