import { getSalaryExplorer } from '@/lib/content'
import { SITE_PATHS } from '@/lib/paths'
import { missingPageCacheControl } from '@/lib/platform/routing'
import { explorerSearch, exportRow, parseExplorerQuery, toCsv } from '@/lib/salaries/explorer'
import { absoluteUrl } from '@/lib/seo/metadata'

/** Rendered per request: the rows depend on the query string (the reads behind it are cached). */
export const dynamic = 'force-dynamic'

/**
 * `/salaries/data.csv` and `/salaries/data.json`: the rows the explorer shows for the same query
 * string (same filters, order and page), with their evidence.
 */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params
  if (file !== 'data.csv' && file !== 'data.json') {
    return new Response('Not found', {
      status: 404,
      headers: { 'cache-control': missingPageCacheControl() },
    })
  }
  const found = await getSalaryExplorer(parseExplorerQuery(new URL(request.url).searchParams))
  if ('lastPage' in found) {
    return Response.redirect(
      new URL(`${SITE_PATHS.salaries}/${file}${explorerSearch(found.lastPage)}`, request.url),
      307,
    )
  }
  const explorer = found.view
  const now = new Date()
  const rows = explorer.rows.map((row) => exportRow(row, absoluteUrl, now))
  const { query, total, pageCount } = explorer
  const name = `careerscope-salaries-${query.market.toLowerCase()}-${query.level}-page-${query.page}`
  if (file === 'data.json') {
    return Response.json(
      { ...query, total, pageCount, rows },
      { headers: { 'content-disposition': `inline; filename="${name}.json"` } },
    )
  }
  return new Response(toCsv(rows), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${name}.csv"`,
    },
  })
}
