import { type ExplorerPage, explorerPage, type ExplorerQuery } from '../salaryExplorer'
import { composedRead } from './read'
import { listCareerChoices } from './roles'
import { type LatestSalaryTable, marketSalaryTables } from './salaryTables'

export type SalaryExplorer = ExplorerPage & {
  /** The tables the page's rows come from, in order of first appearance: their evidence notes. */
  tables: LatestSalaryTable[]
}

/** One view of the salary explorer: published careers only, their latest table in the market. */
export const getSalaryExplorer = composedRead(
  async (read, query: ExplorerQuery, now: Date): Promise<SalaryExplorer> => {
    const [tables, careers] = await Promise.all([
      read(marketSalaryTables, query.market),
      read(listCareerChoices),
    ])
    const page = explorerPage(tables, careers, query, now)
    const byId = new Map(tables.map((t) => [String(t.id), t]))
    const shown = [...new Set(page.rows.map((r) => r.tableId))].flatMap((id) => byId.get(id) ?? [])
    return { ...page, tables: shown }
  },
)
