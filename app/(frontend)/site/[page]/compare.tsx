import type { Metadata } from 'next'

import { ArticleCard } from '@/components/cards/ArticleCard'
import { ComparePicker } from '@/components/comparison/ComparePicker'
import { ListingPage } from '@/components/layout/ListingPage'
import { listArticleCards } from '@/lib/content'
import { SITE_PATHS } from '@/lib/paths'
import { breadcrumbs } from '@/lib/seo/breadcrumbs'
import { pageMetadata } from '@/lib/seo/metadata'

export const metadata: Metadata = pageMetadata({
  title: 'Compare careers',
  description:
    'Two careers side by side: salary bands, skills, demand, on-call burden and who should pick which.',
  path: SITE_PATHS.compare,
})

export async function ComparePage() {
  const comparisons = await listArticleCards({ kind: 'comparison' })
  return (
    <ListingPage
      crumbs={breadcrumbs.compare()}
      title="Compare careers"
      lead="Pick any two careers for a comparison built from our profiles and salary tables, or read one our editors wrote."
      empty="No editorial comparisons are published yet."
      cards={comparisons.map((article) => (
        <ArticleCard key={article.id} article={article} />
      ))}
    >
      <ComparePicker />
      <h2 className="mt-10 text-2xl font-semibold tracking-tight text-slate-900">
        Written by our editors
      </h2>
    </ListingPage>
  )
}
