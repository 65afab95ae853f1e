import type { SalaryTable } from '@/payload-types'

import { cacheTags } from '../revalidate'
import { type ContentReader, publicFind } from './publicFind'
import { publicRead } from './read'

const byId = (ids: (number | string)[]) => [...new Set(ids.map(String))].sort()

/**
 * The newest published salary table per career (and market, if given); older years stay in the
 * archive. Tagged per career, so editing one table re-renders only the pages of its career.
 */
export const latestSalaryTables = publicRead(
  'latest-salary-tables',
  (roleIds: (number | string)[], _market?: string) => byId(roleIds).map(cacheTags.salariesOf),
  async (
    reader: ContentReader,
    roleIds: (number | string)[],
    market?: string,
  ): Promise<SalaryTable[]> => {
    if (roleIds.length === 0) return []
    const { docs } = await publicFind(reader, {
      collection: 'salary-tables',
      where: {
        and: [{ role: { in: byId(roleIds) } }, ...(market ? [{ market: { equals: market } }] : [])],
      },
      sort: '-year',
      depth: 0,
      limit: 100,
    })
    const latest = new Map<string, SalaryTable>()
    for (const table of docs) {
      const key = `${String(table.role)}:${table.market}`
      if (!latest.has(key)) latest.set(key, table)
    }
    return [...latest.values()]
  },
)
