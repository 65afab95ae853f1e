import { LinkList } from '@/components/layout/LinkList'
import { SearchForm } from '@/components/search/SearchForm'
import { listArticleCards, listRoleCards } from '@/lib/content'
import { articlePath, rolePath, SITE_PATHS } from '@/lib/paths'

/** A 404 that helps: search, and the places most readers go next. */
export default async function NotFound() {
  const [roles, comparisons] = await Promise.all([
    listRoleCards({ limit: 6 }),
    listArticleCards({ kind: 'comparison', limit: 4 }),
  ])
  return (
    <div className="mx-auto max-w-3xl px-4 py-20 sm:px-6">
      <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">404</p>
      <h1 className="mt-2 text-3xl font-bold text-slate-900">We could not find that page</h1>
      <p className="mt-4 text-slate-700">
        It may have moved, or it was never published. Search for it, or continue below.
      </p>
      <div className="mt-6">
        <SearchForm />
      </div>
      <div className="mt-10 grid gap-8 sm:grid-cols-2">
        <LinkList
          id="popular-careers"
          title="Popular careers"
          items={roles.map((r) => ({
            key: r.id,
            href: r.slug && rolePath(r.slug),
            label: r.title,
          }))}
          more={{ href: SITE_PATHS.careers, label: 'All careers →' }}
        />
        <LinkList
          id="popular-comparisons"
          title="Comparisons"
          items={comparisons.map((a) => ({ key: a.id, href: articlePath(a), label: a.title }))}
          more={{ href: SITE_PATHS.compare, label: 'All comparisons →' }}
        />
      </div>
    </div>
  )
}
