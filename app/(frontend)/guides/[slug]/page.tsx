import type { Metadata } from 'next'

import { ArticleByline } from '@/components/article/ArticleByline'
import { JsonLd } from '@/components/JsonLd'
import { PageHeader } from '@/components/layout/PageHeader'
import { RichText } from '@/components/RichText'
import { getGuide } from '@/lib/content'
import { redirectOrNotFound } from '@/lib/content/redirectOrNotFound'
import { articlePageJsonLd, type Crumb } from '@/lib/seo/jsonLd'
import { editorialSeo, pageMetadata, shareCards } from '@/lib/seo/metadata'

type Props = { params: Promise<{ slug: string }> }

const guidePath = (slug: string) => `/guides/${slug}`

/** The editor's share image if set, else the article's hero image (pageMetadata falls back to the site card). */
function shareImage(guide: NonNullable<Awaited<ReturnType<typeof getGuide>>>) {
  const meta = guide.article.meta?.image
  const chosen = (typeof meta === 'object' && meta) || guide.heroImage
  return chosen?.url
    ? {
        url: chosen.sizes?.og?.url ?? chosen.url,
        width: chosen.sizes?.og?.width ?? chosen.width,
        height: chosen.sizes?.og?.height ?? chosen.height,
        alt: chosen.alt,
      }
    : null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const guide = await getGuide((await params).slug)
  if (!guide) return {}
  const { article } = guide
  const seo = editorialSeo(article, { title: article.title, description: article.distinction })
  return pageMetadata({
    ...seo,
    path: guidePath(article.slug ?? ''),
    image: shareImage(guide),
    type: 'article',
    publishedTime: article.publishedAt,
    modifiedTime: article.updatedAt,
  })
}

export default async function GuidePage({ params }: Props) {
  const { slug } = await params
  const guide = await getGuide(slug)
  if (!guide) return redirectOrNotFound(guidePath(slug))
  const { article, authors } = guide
  const path = guidePath(article.slug ?? slug)
  const crumbs: Crumb[] = [
    { name: 'Home', href: '/' },
    { name: article.title, href: path },
  ]
  return (
    <article>
      <JsonLd
        data={articlePageJsonLd(article, {
          path,
          image: (shareImage(guide) ?? shareCards.site()).url,
          authors,
          crumbs,
        })}
      />
      <PageHeader crumbs={crumbs} title={article.title} lead={article.distinction}>
        <ArticleByline
          authors={authors}
          publishedAt={article.publishedAt}
          updatedAt={article.updatedAt}
        />
      </PageHeader>
      <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
        <RichText data={article.body} />
        {article.closingTake && <RichText data={article.closingTake} className="mt-8" />}
      </div>
    </article>
  )
}
