import type { Metadata } from 'next'

import { PageHeader } from '@/components/layout/PageHeader'
import { SearchForm } from '@/components/search/SearchForm'
import { SearchResults } from '@/components/search/SearchResults'
import { searchSite } from '@/lib/content'
import { pageMetadata } from '@/lib/seo/metadata'

type Props = { searchParams: Promise<{ q?: string | string[] }> }

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = String((await searchParams).q ?? '').trim()
  return {
    ...pageMetadata({
      title: q ? `Search: ${q}` : 'Search',
      description: 'Search career profiles and comparisons.',
      path: '/search',
    }),
    // Result pages are for readers, not for the index.
    robots: { index: false, follow: true },
  }
}

export default async function SearchPage({ searchParams }: Props) {
  const q = String((await searchParams).q ?? '').trim()
  const hits = q ? await searchSite(q) : []
  return (
    <>
      <PageHeader
        crumbs={[
          { name: 'Home', href: '/' },
          { name: 'Search', href: '/search' },
        ]}
        title="Search"
      >
        <div className="mt-6">
          <SearchForm query={q} autoFocus={!q} />
        </div>
      </PageHeader>
      <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
        {q ? (
          <SearchResults hits={hits} query={q} />
        ) : (
          <p className="text-slate-700">Search careers by title, summary or skill.</p>
        )}
      </div>
    </>
  )
}
