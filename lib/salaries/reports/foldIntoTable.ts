import type { Payload, PayloadRequest } from 'payload'

import { levelRank } from '../../levels'
import { relationId } from '../../platform/ids'
import { toLakhs } from '../rupees'
import { publishedFigures } from './figures'
import type { CohortFigure } from './stats'
import { REPORT_MARKET } from './vocabulary'

/** A career and year whose reader reports could become an editorial table: the levels that may be shown. */
export type FoldableCohort = {
  roleId: string
  career: string
  year: number
  levels: { level: string; n: number }[]
  /** The existing table of that career, market and year, if any: one table each, so it is edited instead. */
  tableId: string | null
}

const wholeCohorts = (figures: readonly CohortFigure[], year?: number) =>
  figures
    .filter(
      (f) =>
        f.dimension === 'all' &&
        f.market === REPORT_MARKET &&
        (year === undefined || f.year === year),
    )
    .sort((a, b) => levelRank(a.level) - levelRank(b.level))

/** Every career × year with at least one level that reader reports may publish, newest first. */
export async function foldableCohorts(
  payload: Payload,
  req?: PayloadRequest,
): Promise<FoldableCohort[]> {
  const figures = await publishedFigures(payload, 'all', { req })
  const roleIds = Object.keys(figures).filter(Boolean)
  const [{ docs: roles }, { docs: tables }] = await Promise.all([
    payload.find({
      collection: 'roles',
      where: { id: { in: roleIds } },
      select: { title: true },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    }),
    payload.find({
      collection: 'salary-tables',
      where: { and: [{ role: { in: roleIds } }, { market: { equals: REPORT_MARKET } }] },
      select: { role: true, year: true },
      pagination: false,
      depth: 0,
      draft: true,
      overrideAccess: true,
      req,
    }),
  ])
  const titles = new Map(roles.map((r) => [String(r.id), r.title]))
  const tableOf = new Map(tables.map((t) => [`${relationId(t.role)}:${t.year}`, String(t.id)]))
  return roleIds
    .flatMap((roleId) => {
      const years = [...new Set(wholeCohorts(figures[roleId] ?? []).map((f) => f.year))]
      return years.map((year) => ({
        roleId,
        career: titles.get(roleId) ?? `Career ${roleId}`,
        year,
        levels: wholeCohorts(figures[roleId] ?? [], year).map((f) => ({ level: f.level, n: f.n })),
        tableId: tableOf.get(`${roleId}:${year}`) ?? null,
      }))
    })
    .sort((a, b) => b.year - a.year || a.career.localeCompare(b.career))
}

/** Table bands are in lakhs with one decimal. */
const tableLakhs = (rupees: number) => Math.round(toLakhs(rupees) * 10) / 10

/**
 * The salary-table draft a career's reader reports make for one year: a row per level that may be
 * shown (p25–p75 as the band, the median), method "reader reports", the number of reports, today's
 * date as the review. Confidence goes no higher than medium: high also needs a source address, which
 * an editor adds if they stand behind it.
 */
export function tableFromFigures(
  roleId: string,
  year: number,
  figures: readonly CohortFigure[],
  today: string,
) {
  const cohorts = wholeCohorts(figures, year)
  const n = cohorts.reduce((sum, f) => sum + f.n, 0)
  const medium = cohorts.length > 0 && cohorts.every((f) => f.confidence !== 'low')
  return {
    role: roleId,
    market: REPORT_MARKET,
    year,
    currency: 'INR' as const,
    unit: 'lpa' as const,
    method: 'reader-reports' as const,
    confidence: medium ? ('medium' as const) : ('low' as const),
    sampleSize: n,
    source: 'Careerscope reader reports',
    methodology: `Bands are the middle half (25th to 75th percentile) of annual CTC in ${n} reader reports approved by our editors for ${year}, with their median; levels with fewer than 5 reports are left out.`,
    lastReviewed: today,
    rows: cohorts.map((f) => ({
      level: f.level as 'fresher',
      min: tableLakhs(f.p25),
      max: tableLakhs(f.p75),
      median: tableLakhs(f.median),
    })),
  }
}
