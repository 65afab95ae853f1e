import { cacheTags } from '../revalidate'
import { type ExplorerPage, explorerPage, type ExplorerQuery } from '../salaryExplorer'
import type { ContentReader } from './publicFind'
import { publicRead } from './read'
import { listCareerChoices } from './roles'
import { findMarketSalaryTables, type LatestSalaryTable } from './salaryTables'

export type SalaryExplorer = ExplorerPage & {
  /** The tables the page's rows come from, in order of first appearance: their evidence notes. */
  tables: LatestSalaryTable[]
}

/**
 * One view of the salary explorer (market, level, order, page) on a given day, cached whole: a
 * market's tables run to megabytes at a thousand careers, a view is fifty rows. Published careers
 * only. A page past the last is not a view (null, and no cache entry), so made-up page numbers
 * cannot fill the cache; the day is part of the key so "may be out of date" flags roll over.
 */
const explorerView = publicRead(
  'salary-explorer',
  () => [cacheTags.salaryList, cacheTags.roleNames],
  async (
    reader: ContentReader,
    query: ExplorerQuery,
    day: string,
  ): Promise<SalaryExplorer | null> => {
    const [tables, careers] = await Promise.all([
      findMarketSalaryTables(reader, query.market),
      listCareerChoices.uncached(reader),
    ])
    const page = explorerPage(tables, careers, query, new Date(`${day}T12:00:00Z`))
    if (page.query.page !== query.page) return null
    const byId = new Map(tables.map((t) => [String(t.id), t]))
    const shown = [...new Set(page.rows.map((r) => r.tableId))].flatMap((id) => byId.get(id) ?? [])
    return { ...page, tables: shown }
  },
  { hitsOnly: true },
)

const dayOf = (now: Date) => now.toISOString().slice(0, 10)

/**
 * The explorer's view for a query, or — for a page past the last — the query of the last page to
 * send the reader to instead.
 */
export const getSalaryExplorer = Object.assign(
  async (query: ExplorerQuery, now: Date) =>
    resolve(await explorerView(query, dayOf(now)), query, now),
  {
    uncached: async (reader: ContentReader, query: ExplorerQuery, now: Date) =>
      resolve(await explorerView.uncached(reader, query, dayOf(now)), query, now, reader),
  },
)

async function resolve(
  view: SalaryExplorer | null,
  query: ExplorerQuery,
  now: Date,
  reader?: ContentReader,
): Promise<{ view: SalaryExplorer } | { lastPage: ExplorerQuery }> {
  if (view) return { view }
  const first = reader
    ? await explorerView.uncached(reader, { ...query, page: 1 }, dayOf(now))
    : await explorerView({ ...query, page: 1 }, dayOf(now))
  return { lastPage: { ...query, page: first?.pageCount ?? 1 } }
}
