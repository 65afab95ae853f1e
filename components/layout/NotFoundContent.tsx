import type { ReactNode } from 'react'

import { SearchForm } from '../search/SearchForm'

/**
 * A 404 that helps: what happened, a search form, and where most readers go next (`suggestions`:
 * the popular careers and comparisons).
 */
export function NotFoundContent({ suggestions }: { suggestions: ReactNode }) {
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
      <div className="mt-10 grid gap-8 sm:grid-cols-2">{suggestions}</div>
    </div>
  )
}
