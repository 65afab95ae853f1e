import type { SalaryTable } from '@/payload-types'

import { type ContentReader, publicFind } from './publicFind'

/** The newest published salary table per role in a market; older years stay in the archive. */
export async function latestSalaryTables(
  reader: ContentReader,
  roleIds: (number | string)[],
  market?: string,
): Promise<SalaryTable[]> {
  const { docs } = await publicFind(reader, {
    collection: 'salary-tables',
    where: {
      and: [{ role: { in: roleIds } }, ...(market ? [{ market: { equals: market } }] : [])],
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
}
