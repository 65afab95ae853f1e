import { SiteLink } from '@/components/SiteLink'
import type { ArticleCard } from '@/lib/content'
import { articlePath } from '@/lib/paths'

/** The home page's lead story: one comparison, large, with its one-line distinction. */
export function FeaturedArticle({ article }: { article: ArticleCard }) {
  const href = articlePath(article)
  if (!href) return null
  return (
    <div className="mt-8 rounded-2xl border border-brand-100 bg-brand-50 p-6">
      <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">
        Featured comparison
      </p>
      <h2 className="mt-2 text-2xl font-semibold text-slate-900">
        <SiteLink href={href} className="hover:underline">
          {article.title}
        </SiteLink>
      </h2>
      <p className="mt-2 max-w-3xl text-slate-700">{article.distinction}</p>
    </div>
  )
}
