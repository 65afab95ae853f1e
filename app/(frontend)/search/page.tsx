import type { Metadata } from 'next'

import { Container } from '@/components/layout/Container'
import { PageHeader } from '@/components/layout/PageHeader'
import { SearchForm } from '@/components/search/SearchForm'
import { SearchResults } from '@/components/search/SearchResults'
import { searchSite } from '@/lib/content'
import { SITE_PATHS } from '@/lib/paths'
import { normaliseSearchQuery } from '@/lib/search/query'
import { breadcrumbs } from '@/lib/seo/breadcrumbs'
import { pageMetadata } from '@/lib/seo/metadata'

type Props = { searchParams: Promise<{ q?: string | string[] }> }

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = normaliseSearchQuery((await searchParams).q)
  return {
    ...pageMetadata({
      title: q ? `Search: ${q}` : 'Search',
      description: 'Search career profiles and comparisons.',
      path: SITE_PATHS.search,
    }),
    // Result pages are for readers, not for the index.
    robots: { index: false, follow: true },
  }
}

export default async function SearchPage({ searchParams }: Props) {
  const q = normaliseSearchQuery((await searchParams).q)
  const hits = q ? await searchSite(q) : []
  return (
    <>
      <PageHeader crumbs={breadcrumbs.search()} title="Search">
        <div className="mt-6">
          <SearchForm query={q} autoFocus={!q} />
        </div>
      </PageHeader>
      <Container className="py-10">
        {q ? (
          <SearchResults hits={hits} query={q} />
        ) : (
          <p className="text-slate-700">Search careers by title, summary or skill.</p>
        )}
      </Container>
    </>
  )
}
