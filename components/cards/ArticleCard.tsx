import { SiteLink } from '@/components/SiteLink'
import type { ArticleCard as ArticleCardData } from '@/lib/content'
import { formatDate } from '@/lib/dates'
import { articlePath } from '@/lib/paths'

export function ArticleCard({ article }: { article: ArticleCardData }) {
  const href = articlePath(article)
  if (!href) return null
  return (
    <article className="relative flex h-full flex-col rounded-xl border border-slate-200 p-5 transition hover:border-brand-600 hover:shadow-sm">
      <p className="text-xs font-semibold tracking-wide text-brand-700 uppercase">
        {article.kind === 'comparison' ? 'Comparison' : 'Guide'}
      </p>
      <h3 className="mt-1 text-lg font-semibold text-slate-900">
        <SiteLink href={href} className="after:absolute after:inset-0">
          {article.title}
        </SiteLink>
      </h3>
      <p className="mt-2 flex-1 text-slate-700">{article.distinction}</p>
      {article.publishedAt && (
        <p className="mt-3 text-sm text-slate-500">
          <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time>
        </p>
      )}
    </article>
  )
}
