import type { Metadata } from 'next'
import { permanentRedirect, redirect } from 'next/navigation'

import { EditorialComparison } from '@/components/comparison/EditorialComparison'
import { GeneratedComparison } from '@/components/comparison/GeneratedComparison'
import { MissingPage } from '@/components/layout/MissingPage'
import { getComparePage, missingPage } from '@/lib/content'
import { comparisonPath } from '@/lib/paths'
import { documentMetadata, notFoundMetadata } from '@/lib/seo/metadata'
import { pairPage } from '@/lib/seo/pairs'

type Props = { params: Promise<{ slug: string }> }

/** Nothing is built ahead: each page renders on its first request, then comes from the route cache. */
export function generateStaticParams() {
  return []
}

/** Re-rendered daily even if nothing changes, so "may be out of date" flags appear on time. */
export const revalidate = 86400

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await getComparePage((await params).slug)
  if (page?.kind === 'editorial') {
    const { article } = page.comparison
    return documentMetadata('articles', article, comparisonPath(article.slug ?? ''))
  }
  if (page?.kind === 'generated') return pairPage(page.comparison).metadata()
  return notFoundMetadata
}

/** An editor's comparison, or one generated for any two published careers (`<a>-vs-<b>`). */
export default async function ComparisonPage({ params }: Props) {
  const { slug } = await params
  const page = await getComparePage(slug)
  const now = new Date()
  if (!page) return <MissingPage {...await missingPage(comparisonPath(slug))} />
  if (page.kind === 'redirect') {
    if (page.permanent) permanentRedirect(page.to)
    redirect(page.to)
  }
  if (page.kind === 'editorial')
    return <EditorialComparison comparison={page.comparison} now={now} />
  return <GeneratedComparison comparison={page.comparison} now={now} />
}
