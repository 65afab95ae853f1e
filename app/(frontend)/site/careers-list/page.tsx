import type { Metadata } from 'next'
import { redirect } from 'next/navigation'

import { getCareerList } from '@/lib/content'
import { SITE_PATHS } from '@/lib/paths'
import { isOwnQuery } from '@/lib/queryString'
import { careerListSearch, parseCareerListQuery } from '@/lib/search/careerList'

import { CareersPage, metadata as careers } from '../[page]/careers'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/** Filtered, re-ordered and later pages are for readers: the list itself is indexed at /careers. */
export const metadata: Metadata = { ...careers, robots: { index: false, follow: true } }

/**
 * `/careers?…` (a rewrite, lib/platform/routing.ts): a view of the careers list other than the
 * default, rendered per request from cached reads. A query string that is not the view's own
 * address (empty fields from the form, unknown values, a page past the end) is sent to it.
 */
export default async function CareersListPage({ searchParams }: Props) {
  const params = await searchParams
  const query = parseCareerListQuery(params)
  const list = await getCareerList(query)
  const view = { ...query, page: Math.min(query.page, list.pageCount) }
  const own = careerListSearch(view)
  if (!isOwnQuery(params, own)) redirect(`${SITE_PATHS.careers}${own}`)
  return <CareersPage query={view} list={list} />
}
