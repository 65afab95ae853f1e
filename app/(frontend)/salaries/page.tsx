import type { Metadata } from 'next'
import { redirect } from 'next/navigation'

import { Container } from '@/components/layout/Container'
import { PageHeader } from '@/components/layout/PageHeader'
import { Pager } from '@/components/layout/Pager'
import { EvidenceNotes, numberEvidence } from '@/components/salary/Evidence'
import { ExplorerChart } from '@/components/salary/ExplorerChart'
import { ExplorerFilters } from '@/components/salary/ExplorerFilters'
import { ExplorerTable } from '@/components/salary/ExplorerTable'
import { getSalaryExplorer } from '@/lib/content'
import { levelInfo } from '@/lib/levels'
import { marketInfo } from '@/lib/markets'
import { SITE_PATHS } from '@/lib/paths'
import { explorerSearch, parseExplorerQuery, rowRange } from '@/lib/salaries/explorer'
import { breadcrumbs } from '@/lib/seo/breadcrumbs'
import { pageMetadata } from '@/lib/seo/metadata'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const query = parseExplorerQuery(await searchParams)
  const market = marketInfo(query.market)?.label ?? query.market
  const metadata = pageMetadata({
    title: `Salaries by career and level in ${market}`,
    description: `Every career's salary bands in ${market}, by level, with where each figure comes from.`,
    path: `${SITE_PATHS.salaries}${explorerSearch(query)}`,
  })
  // One indexed page per market; filtered, re-ordered and later pages are for readers.
  const indexed = query.level === 'all' && query.sort === 'pay-desc' && query.page === 1
  return indexed ? metadata : { ...metadata, robots: { index: false, follow: true } }
}

/**
 * The salary explorer: every published career × level in one market, filtered and sorted from the
 * query string (a plain GET form), 50 rows a page, with a chart, the evidence of every band and
 * downloads of exactly these rows.
 */
export default async function SalaryExplorerPage({ searchParams }: Props) {
  const now = new Date()
  const found = await getSalaryExplorer(parseExplorerQuery(await searchParams))
  if ('lastPage' in found) redirect(`${SITE_PATHS.salaries}${explorerSearch(found.lastPage)}`)
  const explorer = found.view
  const { query, rows, pageCount } = explorer
  const market = marketInfo(query.market)?.label ?? query.market
  const level =
    query.level === 'all' ? 'all levels' : (levelInfo(query.level)?.label ?? query.level)
  const notes = numberEvidence(
    explorer.tables.map((table) => ({
      title: `${rows.find((r) => r.tableId === String(table.id))?.career}, ${market} ${table.year}`,
      table,
    })),
    'explorer-',
  )
  const markers = new Map(notes.flatMap((n) => (n ? [[String(n.table.id), n] as const] : [])))
  const search = explorerSearch(query)
  const pageLink = (page: number) => `${SITE_PATHS.salaries}${explorerSearch({ ...query, page })}`
  const caption = `Salaries in ${market}, ${level}: ${rowRange(explorer)}`
  return (
    <>
      <PageHeader
        crumbs={breadcrumbs.salaries()}
        title="Salary explorer"
        lead="Every career's pay by level, side by side, with where each figure comes from."
      >
        <p className="mt-3 text-slate-700">
          Bands are CTC.{' '}
          <a href={SITE_PATHS.takeHome} className="font-medium text-brand-700 underline">
            What a CTC leaves in hand each month
          </a>
          , after PF, gratuity and tax.
        </p>
      </PageHeader>
      <Container className="py-10">
        <ExplorerFilters query={query} />
        {rows.length === 0 ? (
          <p className="mt-8 text-slate-700">No salary data for {market} yet.</p>
        ) : (
          <>
            <div className="mt-8">
              <ExplorerChart rows={rows} caption={caption} />
            </div>
            <div className="mt-8">
              <ExplorerTable rows={rows} evidence={markers} caption={caption} now={now} />
            </div>
            <Pager page={query.page} pageCount={pageCount} link={pageLink}>
              <a href={`${SITE_PATHS.salaries}/data.csv${search}`} download>
                Download these rows (CSV)
              </a>
              <a href={`${SITE_PATHS.salaries}/data.json${search}`}>JSON</a>
            </Pager>
            <EvidenceNotes notes={notes} now={now} id="explorer-evidence" heading="h2" />
          </>
        )}
      </Container>
    </>
  )
}
