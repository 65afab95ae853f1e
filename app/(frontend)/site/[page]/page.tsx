import type { Metadata } from 'next'

import { MissingPage } from '@/components/layout/MissingPage'
import { missingPage } from '@/lib/content'
import { notFoundMetadata } from '@/lib/seo/metadata'

import { CareersPage, metadata as careers } from './careers'
import { ComparePage, metadata as compare } from './compare'
import { HomePage, metadata as home } from './home'

/**
 * The pages with no parameter of their own — `/`, `/careers`, `/compare` — served from here through
 * rewrites (next.config.ts, lib/platform/routing.ts). As pages of a dynamic segment with no params to build, they render on
 * their first request and are then served from the route cache; as plain pages, Next would render
 * them during `next build`, from whatever the database held then (or fail without one).
 */
const PAGES = {
  home: { metadata: home, Page: HomePage },
  careers: { metadata: careers, Page: CareersPage },
  compare: { metadata: compare, Page: ComparePage },
} as const

type Props = { params: Promise<{ page: string }> }

const entry = (page: string) => (page in PAGES ? PAGES[page as keyof typeof PAGES] : null)

export const dynamicParams = true

export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return entry((await params).page)?.metadata ?? notFoundMetadata
}

export default async function SitePage({ params }: Props) {
  const { page } = await params
  const found = entry(page)
  if (!found) return <MissingPage {...await missingPage(`/site/${encodeURIComponent(page)}`)} />
  return <found.Page />
}
