import type { Metadata } from 'next'

import { ArticleFrame } from '@/components/article/ArticleFrame'
import { Container } from '@/components/layout/Container'
import { MissingPage } from '@/components/layout/MissingPage'
import { RichText } from '@/components/RichText'
import { getGuide, missingPage } from '@/lib/content'
import { guidePath } from '@/lib/paths'
import { breadcrumbs } from '@/lib/seo/breadcrumbs'
import { documentMetadata, notFoundMetadata } from '@/lib/seo/metadata'

type Props = { params: Promise<{ slug: string }> }

/** Nothing is built ahead: each page renders on its first request, then comes from the route cache. */
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const guide = await getGuide((await params).slug)
  if (!guide) return notFoundMetadata
  const { article } = guide
  return documentMetadata('articles', article, guidePath(article.slug ?? ''))
}

export default async function GuidePage({ params }: Props) {
  const { slug } = await params
  const guide = await getGuide(slug)
  if (!guide) return <MissingPage {...await missingPage(guidePath(slug))} />
  const { article, authors } = guide
  const path = guidePath(article.slug ?? slug)
  const crumbs = breadcrumbs.guide({ title: article.title, slug: article.slug ?? slug })
  return (
    <ArticleFrame {...{ article, authors, path, crumbs }} lead={article.distinction}>
      <Container className="py-10">
        <RichText data={article.body} links={guide.links} />
        {article.closingTake && (
          <RichText data={article.closingTake} links={guide.links} className="mt-8" />
        )}
      </Container>
    </ArticleFrame>
  )
}
