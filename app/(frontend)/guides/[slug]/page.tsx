import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ArticleByline } from '@/components/article/ArticleByline'
import { PageHeader } from '@/components/layout/PageHeader'
import { RichText } from '@/components/RichText'
import { getGuide } from '@/lib/content'
import { articlePath } from '@/lib/paths'

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const guide = await getGuide((await params).slug)
  if (!guide) return {}
  return { title: guide.article.title, description: guide.article.distinction, alternates: { canonical: articlePath(guide.article) } }
}

export default async function GuidePage({ params }: Props) {
  const guide = await getGuide((await params).slug)
  if (!guide) notFound()
  const { article, authors } = guide
  return (
    <article>
      <PageHeader crumbs={[{ name: 'Home', href: '/' }, { name: article.title, href: articlePath(article)! }]} title={article.title} lead={article.distinction}>
        <ArticleByline authors={authors} publishedAt={article.publishedAt} updatedAt={article.updatedAt} />
      </PageHeader>
      <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
        <RichText data={article.body} />
        {article.closingTake && <RichText data={article.closingTake} className="mt-8" />}
      </div>
    </article>
  )
}
