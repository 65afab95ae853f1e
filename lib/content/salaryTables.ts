import type { SalaryTable } from '@/payload-types'

import { MARKETS } from '../markets'
import { cacheTags } from '../platform/revalidate'
import { type ContentReader, publicFind } from './publicFind'
import { publicRead } from './read'

/** An earlier year's table of the same career and market: enough for the year-on-year change. */
export type PreviousSalaryTable = Pick<SalaryTable, 'year' | 'rows' | 'currency' | 'unit'>

/** The newest published table of a career in a market, with the one before it when there is one. */
export type LatestSalaryTable = SalaryTable & { previous: PreviousSalaryTable | null }

const byId = (ids: (number | string)[]) => [...new Set(ids.map(String))].sort()

/** From tables sorted newest year first: the newest per career and market, with the next newest. */
function latestWithPrevious(docs: SalaryTable[]): LatestSalaryTable[] {
  const latest = new Map<string, LatestSalaryTable>()
  for (const table of docs) {
    const key = `${String(table.role)}:${table.market}`
    const found = latest.get(key)
    if (!found) latest.set(key, { ...table, previous: null })
    else if (!found.previous) {
      const { year, rows, currency, unit } = table
      found.previous = { year, rows, currency, unit }
    }
  }
  // India first, then the other markets in their listed order, whatever order the years came in.
  return [...latest.values()].sort(
    (a, b) =>
      MARKETS.findIndex((m) => m.value === a.market) -
      MARKETS.findIndex((m) => m.value === b.market),
  )
}

/**
 * The newest published salary table per career (and market, if given), each with the year before it;
 * older years stay in the archive. Tagged per career, so editing one table re-renders only the pages
 * of its career.
 */
export const latestSalaryTables = publicRead(
  'latest-salary-tables',
  (roleIds: (number | string)[], _market?: string) => byId(roleIds).map(cacheTags.salariesOf),
  async (
    reader: ContentReader,
    roleIds: (number | string)[],
    market?: string,
  ): Promise<LatestSalaryTable[]> => {
    if (roleIds.length === 0) return []
    const { docs } = await publicFind(reader, {
      collection: 'salary-tables',
      where: {
        and: [{ role: { in: byId(roleIds) } }, ...(market ? [{ market: { equals: market } }] : [])],
      },
      sort: '-year',
      depth: 0,
      pagination: false,
    })
    return latestWithPrevious(docs)
  },
)

/**
 * The newest published table of every career in one market, with the year before it: what the salary
 * explorer lists. Not cached itself (megabytes at a thousand careers): the explorer caches its views.
 */
export async function findMarketSalaryTables(
  reader: ContentReader,
  market: string,
): Promise<LatestSalaryTable[]> {
  const { docs } = await publicFind(reader, {
    collection: 'salary-tables',
    where: { market: { equals: market } },
    sort: '-year',
    depth: 0,
    pagination: false,
  })
  return latestWithPrevious(docs)
}

export type SalaryFacts = { markets: string[]; updatedAt: string }

/**
 * Per career id: the markets it has published salary data for and when its tables last changed
 * (for the sitemap, which lists a generated pair only when both careers share a market).
 */
export const salaryFactsByRole = publicRead(
  'salary-facts-by-role',
  () => [cacheTags.salaryList],
  async (reader: ContentReader): Promise<Record<string, SalaryFacts>> => {
    const { docs } = await publicFind(reader, {
      collection: 'salary-tables',
      select: { role: true, market: true, updatedAt: true },
      depth: 0,
      pagination: false,
    })
    const facts: Record<string, SalaryFacts> = {}
    for (const { role, market, updatedAt } of docs) {
      const key = String(typeof role === 'object' ? role.id : role)
      const found = (facts[key] ??= { markets: [], updatedAt })
      if (!found.markets.includes(market)) found.markets.push(market)
      if (updatedAt > found.updatedAt) found.updatedAt = updatedAt
    }
    return facts
  },
)
