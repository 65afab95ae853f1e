import type { Payload, PayloadRequest } from 'payload'

import { relationId } from '../../platform/ids'
import { figureNoise } from './identity'
import { type CohortFigure, cohortFigures, type ReportForFigures } from './stats'

/** Which moment the figures describe (now, unless a test asks), and the request to read within. */
type Reading = { now?: Date; req?: PayloadRequest }

/**
 * Approved reports that count by now (their publication point has come: lib/salaries/reports/timing.ts),
 * read as the system (the collection is closed to everyone but editors) and never returned: only
 * the figures computed from them leave this module.
 */
async function countedReports(
  payload: Payload,
  roleIds: Careers,
  { now = new Date(), req }: Reading,
) {
  if (roleIds !== 'all' && roleIds.length === 0) return []
  const { docs } = await payload.find({
    collection: 'salary-reports',
    where: {
      and: [
        { status: { equals: 'approved' } },
        { countsFrom: { less_than_equal: now.toISOString() } },
        ...(roleIds === 'all' ? [] : [{ role: { in: [...roleIds] } }]),
      ],
    },
    select: {
      memberKey: true,
      role: true,
      market: true,
      level: true,
      year: true,
      city: true,
      companyType: true,
      ctc: true,
    },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs
}

/** Some careers by id, or every career with an approved report. */
type Careers = readonly (number | string)[] | 'all'

/** The figures that may be published for each career (each asked for, or each with reports), by id. */
export async function publishedFigures(
  payload: Payload,
  roleIds: Careers,
  reading: Reading = {},
): Promise<Record<string, CohortFigure[]>> {
  const byRole = new Map<string, ReportForFigures[]>()
  for (const { memberKey, ...report } of await countedReports(payload, roleIds, reading)) {
    const role = relationId(report.role) ?? ''
    const list = byRole.get(role) ?? []
    list.push({ ...report, member: memberKey } as ReportForFigures)
    byRole.set(role, list)
  }
  const careers = roleIds === 'all' ? [...byRole.keys()] : roleIds.map(String)
  return Object.fromEntries(
    careers.map((id) => [id, cohortFigures(byRole.get(id) ?? [], figureNoise)]),
  )
}

/** The cohort of one career × level × market × year as a whole ("all" dimension), if it may be shown. */
export function wholeCohort(
  figures: readonly CohortFigure[],
  level: string,
  market: string,
): CohortFigure | undefined {
  // Sorted newest year first: the latest year with enough reports.
  return figures.find((f) => f.dimension === 'all' && f.level === level && f.market === market)
}

/** The ctc figures of the approved cohort a new report would join, for the outlier flag. */
export async function approvedCohortPay(
  payload: Payload,
  cohort: { role: number | string; level: string; market: string; year: number },
  exclude?: number | string,
): Promise<number[]> {
  const { docs } = await payload.find({
    collection: 'salary-reports',
    where: {
      and: [
        { status: { equals: 'approved' } },
        { role: { equals: cohort.role } },
        { level: { equals: cohort.level } },
        { market: { equals: cohort.market } },
        { year: { equals: cohort.year } },
        ...(exclude === undefined ? [] : [{ id: { not_equals: exclude } }]),
      ],
    },
    select: { ctc: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return docs.map((d) => d.ctc)
}
