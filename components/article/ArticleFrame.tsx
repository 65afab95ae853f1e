import type { ReactNode } from 'react'

import { JsonLd } from '@/components/JsonLd'
import { PageHeader } from '@/components/layout/PageHeader'
import type { Crumb } from '@/lib/seo/breadcrumbs'
import { articlePageJsonLd } from '@/lib/seo/jsonLd'
import type { Author } from '@/payload-types'

import { ArticleByline } from './ArticleByline'

type Article = Parameters<typeof articlePageJsonLd>[0] & { title: string }

/**
 * What every article page is made of, guides and comparisons alike: its JSON-LD, a header with
 * breadcrumbs, title, optional lead and the byline (then any actions, such as Save), and the body.
 */
export function ArticleFrame({
  article,
  authors,
  path,
  crumbs,
  lead,
  actions,
  children,
}: {
  article: Article
  authors: Author[]
  path: string
  crumbs: Crumb[]
  lead?: ReactNode
  actions?: ReactNode
  children: ReactNode
}) {
  return (
    <article>
      <JsonLd data={articlePageJsonLd(article, { path, authors, crumbs })} />
      <PageHeader crumbs={crumbs} title={article.title} lead={lead}>
        <ArticleByline
          authors={authors}
          publishedAt={article.publishedAt}
          updatedAt={article.updatedAt}
        />
        {actions}
      </PageHeader>
      {children}
    </article>
  )
}
