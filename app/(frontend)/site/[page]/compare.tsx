import type { Metadata } from 'next'

import { ArticleCard } from '@/components/cards/ArticleCard'
import { ComparePicker } from '@/components/comparison/ComparePicker'
import { ListingPage } from '@/components/layout/ListingPage'
import { Pager } from '@/components/layout/Pager'
import { pageArticleCards } from '@/lib/content'
import { SITE_PATHS } from '@/lib/paths'
import { pageSearch } from '@/lib/queryString'
import { breadcrumbs } from '@/lib/seo/breadcrumbs'
import { pageMetadata } from '@/lib/seo/metadata'

export const metadata: Metadata = pageMetadata({
  title: 'Compare careers',
  description:
    'Two careers side by side: salary bands, skills, demand, on-call burden and who should pick which.',
  path: SITE_PATHS.compare,
})

/** Editors' comparisons a page holds: the page weighs the same with 10 or 10,000 of them. */
export const COMPARISONS_PER_PAGE = 12

/**
 * The compare picker and editors' comparisons, newest first, a page at a time. `/compare` itself is
 * served from the route cache; a later page is rendered per request (app/(frontend)/site/compare-list).
 */
export async function ComparePage({ page = 1 }: { page?: number }) {
  const { cards, pageCount } = await comparisonsPage(page)
  return (
    <ListingPage
      crumbs={breadcrumbs.compare()}
      title="Compare careers"
      lead="Pick any two careers for a comparison built from our profiles and salary tables, or read one our editors wrote."
      empty="No editorial comparisons are published yet."
      cards={cards.map((article) => (
        <ArticleCard key={article.id} article={article} />
      ))}
      footer={
        pageCount > 1 && (
          <Pager
            page={page}
            pageCount={pageCount}
            link={(n) => `${SITE_PATHS.compare}${pageSearch(n)}`}
          />
        )
      }
    >
      <ComparePicker />
      <h2 className="mt-10 text-2xl font-semibold tracking-tight text-slate-900">
        Written by our editors
      </h2>
    </ListingPage>
  )
}

export const comparisonsPage = (page: number) =>
  pageArticleCards({ kind: 'comparison', limit: COMPARISONS_PER_PAGE, page })
