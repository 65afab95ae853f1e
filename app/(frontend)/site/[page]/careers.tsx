import type { Metadata } from 'next'

import { CareerCard } from '@/components/cards/CareerCard'
import { CareerFilters } from '@/components/careers/CareerFilters'
import { ListingPage } from '@/components/layout/ListingPage'
import { Pager } from '@/components/layout/Pager'
import { type CareerList, getCareerList } from '@/lib/content'
import { marketInfo } from '@/lib/markets'
import { SITE_PATHS } from '@/lib/paths'
import { DEFAULT_EXPLORER_QUERY } from '@/lib/salaries/explorer'
import {
  type CareerListQuery,
  careerListSearch,
  DEFAULT_CAREER_LIST_QUERY,
} from '@/lib/search/careerList'
import { breadcrumbs } from '@/lib/seo/breadcrumbs'
import { pageMetadata } from '@/lib/seo/metadata'

export const metadata: Metadata = pageMetadata({
  title: 'Careers',
  description:
    'What each tech career is really like: day-to-day work, skills, salary bands in ₹ LPA and where it leads.',
  path: SITE_PATHS.careers,
})

/**
 * Every published career, a page at a time, with its mid-level pay. `/careers` itself (the default
 * view) is served from the route cache; a filtered, re-ordered or later page is rendered per request
 * from the same cached reads (app/(frontend)/site/careers-list).
 */
export async function CareersPage({
  query = DEFAULT_CAREER_LIST_QUERY,
  list,
}: {
  query?: CareerListQuery
  /** This view's page, when the caller has read it already. */
  list?: CareerList
}) {
  const { careers, pay, total, pageCount } = list ?? (await getCareerList(query))
  const filtered = Boolean(query.demand || query.entry)
  const market = marketInfo(DEFAULT_EXPLORER_QUERY.market)?.label
  return (
    <ListingPage
      crumbs={breadcrumbs.careers()}
      title="Careers"
      lead="What each job is really like, what it pays (mid-level, in India), and where it leads."
      empty={filtered ? 'No career matches these filters.' : 'No careers are published yet.'}
      cards={careers.map((role) => (
        <CareerCard key={role.id} role={role} pay={pay[String(role.id)]} />
      ))}
      footer={
        pageCount > 1 && (
          <Pager
            page={query.page}
            pageCount={pageCount}
            link={(page) => `${SITE_PATHS.careers}${careerListSearch({ ...query, page })}`}
          />
        )
      }
    >
      <CareerFilters query={query} />
      <p className="mt-4 text-sm text-slate-600">
        {total === 1 ? '1 career' : `${total.toLocaleString('en-IN')} careers`}
        {filtered && ' match'}; pay is mid-level, in {market}.
      </p>
    </ListingPage>
  )
}
