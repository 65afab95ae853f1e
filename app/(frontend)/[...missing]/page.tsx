import type { Metadata } from 'next'

import { MissingPage } from '@/components/layout/MissingPage'
import { missingPage } from '@/lib/content'
import { notFoundMetadata } from '@/lib/seo/metadata'

type Props = { params: Promise<{ missing: string[] }> }

export function generateStaticParams() {
  return []
}

// A 404 or an editor's redirect may be kept by a shared cache for five minutes, not Next's default
// year: MISSING_PAGE_SECONDS in lib/platform/routing.ts (a literal here, as Next reads it before imports run).
export const revalidate = 300

export const metadata: Metadata = notFoundMetadata

/**
 * Every address no other route serves: an editor's redirect from it is followed (308); otherwise the
 * site's 404, whole in the HTML, with popular careers and comparisons. (A 404 is never kept in the
 * route cache: lib/platform/cache/routeCacheHandler.mjs.)
 */
export default async function UnknownAddressPage({ params }: Props) {
  const { missing } = await params
  const path = `/${missing.map(encodeURIComponent).join('/')}`
  return <MissingPage {...await missingPage(path)} />
}
