import { relationId } from '../platform/ids'
import { cacheTags } from '../platform/revalidate'
import { type CareerPay, careerPay } from '../salaries/careerPay'
import {
  DEFAULT_EXPLORER_QUERY,
  type ExplorerPage,
  explorerPage,
  type ExplorerQuery,
} from '../salaries/explorer'
import { publishedFigures, wholeCohort } from '../salaries/reports/figures'
import { readerFigure } from '../salaries/reports/summary'
import { listCareerChoices } from './careers'
import type { ContentReader } from './publicFind'
import { composedRead, publicRead } from './read'
import { findMarketSalaryTables, type LatestSalaryTable, latestSalaryTables } from './salaryTables'

export type SalaryExplorer = ExplorerPage & {
  /** The tables the page's rows come from, in order of first appearance: their evidence notes. */
  tables: LatestSalaryTable[]
}

/**
 * One view of the salary explorer (market, level, order, page), cached whole: a market's tables run
 * to megabytes at a thousand careers, a view is fifty rows. Published careers only. A page past the
 * last is not a view (null, and no cache entry), so made-up page numbers cannot fill the cache; the
 * views are bounded by markets × levels × orders × pages. How old each table is, is judged when the
 * view is shown, not when it was cached.
 */
const explorerView = publicRead(
  'salary-explorer',
  () => [cacheTags.salaryList, cacheTags.roleNames, cacheTags.readerReportList],
  async (reader: ContentReader, query: ExplorerQuery): Promise<SalaryExplorer | null> => {
    const [tables, careers] = await Promise.all([
      findMarketSalaryTables(reader, query.market),
      listCareerChoices.uncached(reader),
    ])
    const page = explorerPage(tables, careers, query)
    if (page.query.page !== query.page) return null
    const byId = new Map(tables.map((t) => [String(t.id), t]))
    const shown = [...new Set(page.rows.map((r) => r.tableId))].flatMap((id) => byId.get(id) ?? [])
    const roleOf = (tableId: string) => relationId(byId.get(tableId)?.role) ?? ''
    // Reader figures for the page's careers only, next to the editorial band of the same level.
    const figures = await publishedFigures(reader.payload, [
      ...new Set(shown.map((t) => roleOf(String(t.id)))),
    ])
    const rows = page.rows.map((row) => {
      const cohort = wholeCohort(figures[roleOf(row.tableId)] ?? [], row.level, query.market)
      return { ...row, readerReport: cohort ? readerFigure(cohort) : null }
    })
    return { ...page, rows, tables: shown }
  },
  { hitsOnly: true },
)

type Found = { view: SalaryExplorer } | { lastPage: ExplorerQuery }

/**
 * The explorer's view for a query, or — for a page past the last — the query of the last page to
 * send the reader to instead.
 */
export const getSalaryExplorer = Object.assign(
  async (query: ExplorerQuery): Promise<Found> =>
    resolve(query, await explorerView(query), (q) => explorerView(q)),
  {
    uncached: async (reader: ContentReader, query: ExplorerQuery): Promise<Found> =>
      resolve(query, await explorerView.uncached(reader, query), (q) =>
        explorerView.uncached(reader, q),
      ),
  },
)

async function resolve(
  query: ExplorerQuery,
  view: SalaryExplorer | null,
  read: (query: ExplorerQuery) => Promise<SalaryExplorer | null>,
): Promise<Found> {
  if (view) return { view }
  const first = await read({ ...query, page: 1 })
  return { lastPage: { ...query, page: first?.pageCount ?? 1 } }
}

/**
 * Per career id, the mid-level pay its card quotes, from its newest table in the home market. Small
 * (one line per career) however large the tables, so cached whole; any salary change refreshes it.
 */
export const listCareerPay = publicRead(
  'career-pay',
  () => [cacheTags.salaryList],
  async (reader: ContentReader): Promise<Record<string, CareerPay>> =>
    careerPay(await findMarketSalaryTables(reader, DEFAULT_EXPLORER_QUERY.market)),
)

/**
 * The same figure for a few careers only (a related list, a moves page), from their own newest
 * tables: a handful of rows instead of every career's, refreshed only when one of theirs changes.
 */
export const findCareerPay = composedRead(
  async (read, ids: (number | string)[]): Promise<Record<string, CareerPay>> =>
    careerPay(await read(latestSalaryTables, ids, DEFAULT_EXPLORER_QUERY.market)),
)
