import type { Metadata } from 'next'

import { ArticleCard } from '@/components/cards/ArticleCard'
import { CardGrid } from '@/components/cards/CardGrid'
import { PageHeader } from '@/components/layout/PageHeader'
import { listArticleCards } from '@/lib/content'
import { pageMetadata } from '@/lib/seo/metadata'

export const metadata: Metadata = pageMetadata({
  title: 'Compare careers',
  description:
    'Two careers side by side: salary bands, skills, demand, on-call burden and who should pick which.',
  path: '/compare',
})

export default async function ComparePage() {
  const comparisons = await listArticleCards({ kind: 'comparison' })
  return (
    <>
      <PageHeader
        crumbs={[
          { name: 'Home', href: '/' },
          { name: 'Compare', href: '/compare' },
        ]}
        title="Compare careers"
        lead="Side-by-side comparisons, with salary figures drawn from the same tables as every career profile."
      />
      <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
        {comparisons.length === 0 ? (
          <p className="text-slate-600">No comparisons are published yet.</p>
        ) : (
          <CardGrid>
            {comparisons.map((a) => (
              <ArticleCard key={a.id} article={a} />
            ))}
          </CardGrid>
        )}
      </div>
    </>
  )
}
