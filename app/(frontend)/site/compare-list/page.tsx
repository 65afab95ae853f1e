import type { Metadata } from 'next'
import { redirect } from 'next/navigation'

import { SITE_PATHS } from '@/lib/paths'
import { isOwnQuery, pageNumber, pageSearch, queryParam } from '@/lib/queryString'

import { ComparePage, comparisonsPage, metadata as compare } from '../[page]/compare'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/** Later pages are for readers: the list itself is indexed at /compare. */
export const metadata: Metadata = { ...compare, robots: { index: false, follow: true } }

/**
 * `/compare?page=N` (a rewrite, lib/platform/routing.ts): a later page of editors' comparisons,
 * rendered per request from a cached read. Page 1, a page past the end or any other query string is
 * sent to the page's own address.
 */
export default async function CompareListPage({ searchParams }: Props) {
  const params = await searchParams
  // The first page, as /compare reads it, says how many there are: only pages that exist are read
  // (and cached), whatever page number a request names.
  const { pageCount } = await comparisonsPage(1)
  const page = Math.min(pageNumber(queryParam(params, 'page')), pageCount)
  const own = pageSearch(page)
  if (!isOwnQuery(params, own)) redirect(`${SITE_PATHS.compare}${own}`)
  return <ComparePage page={page} />
}
