import type { Payload, TypedUser } from 'payload'

import { levelInfo } from '../../levels'
import { formatBand, toAnnualAmount } from '../../money'
import { relationId } from '../../platform/ids'
import { bandMidpoint, isIllustrative } from '../evidence'
import { lpaText } from '../rupees'
import { publishedFigures, wholeCohort } from './figures'

/** What an editor judging one report sees beside it: where it sits against what we publish. */
export type ReportContext = {
  level: string
  /** The published salary table's band for this career and level, and its median (or mid-range). */
  band: {
    text: string
    typical: string
    year: number
    offByPercent: number | null
    /** An illustrative sample is not data to judge a report by: the panel says so. */
    illustrative: boolean
  } | null
  /** The published reader figure for this career and level, if a cohort shows one. */
  cohortMedian: { text: string; n: number; year: number } | null
}

type Report = { role?: unknown; level?: string | null; market?: string | null; ctc?: number | null }

/**
 * Reads only what readers can see (published tables, published figures), as the editor, so the
 * context never shows an unpublished draft's band as if it were the site's.
 */
export async function reportContext(
  payload: Payload,
  user: TypedUser | null,
  report: Report,
): Promise<ReportContext | null> {
  const roleId = relationId(report.role)
  const { level, ctc } = report
  const market = report.market ?? 'IN'
  if (roleId == null || !level) return null
  const [{ docs: tables }, figures] = await Promise.all([
    payload.find({
      collection: 'salary-tables',
      where: {
        and: [
          { role: { equals: roleId } },
          { market: { equals: market } },
          { _status: { equals: 'published' } },
        ],
      },
      sort: '-year',
      limit: 1,
      depth: 0,
      select: { year: true, rows: true, currency: true, unit: true, market: true, method: true },
      overrideAccess: false,
      user,
    }),
    publishedFigures(payload, [roleId]),
  ])
  const table = tables[0]
  const row = table?.rows.find((r) => r.level === level)
  const typical = row ? toAnnualAmount(bandMidpoint(row), table!.unit) : null
  const cohort = wholeCohort(figures[roleId] ?? [], level, market)
  return {
    level: levelInfo(level)?.label ?? level,
    band:
      table && row && typical != null
        ? {
            text: formatBand(row.min, row.max, table),
            typical: lpaText(typical),
            year: table.year,
            offByPercent:
              typeof ctc === 'number' && typical > 0 ? Math.round((ctc / typical - 1) * 100) : null,
            illustrative: isIllustrative(table.method),
          }
        : null,
    cohortMedian: cohort ? { text: lpaText(cohort.median), n: cohort.n, year: cohort.year } : null,
  }
}
