import Link from 'next/link'

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
        <section aria-labelledby="popular-careers">
          <h2 id="popular-careers" className="font-semibold text-slate-900">
            Popular careers
          </h2>
          <ul className="mt-3 space-y-2">
            {roles.map(
              (r) =>
                r.slug && (
                  <li key={r.id}>
                    <Link href={rolePath(r.slug)} className="text-brand-700 hover:underline">
                      {r.title}
                    </Link>
                  </li>
                ),
            )}
            <li>
              <Link
                href={SITE_PATHS.careers}
                className="font-medium text-brand-700 hover:underline"
              >
                All careers →
              </Link>
            </li>
          </ul>
        </section>
        <section aria-labelledby="popular-comparisons">
          <h2 id="popular-comparisons" className="font-semibold text-slate-900">
            Comparisons
          </h2>
          <ul className="mt-3 space-y-2">
            {comparisons.map((a) => {
              const href = articlePath(a)
              return (
                href && (
                  <li key={a.id}>
                    <Link href={href} className="text-brand-700 hover:underline">
                      {a.title}
                    </Link>
                  </li>
                )
              )
            })}
            <li>
              <Link
                href={SITE_PATHS.compare}
                className="font-medium text-brand-700 hover:underline"
              >
                All comparisons →
              </Link>
            </li>
          </ul>
        </section>
      </div>
    </div>
  )
}
