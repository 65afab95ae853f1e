import { SITE_PATHS } from '@/lib/paths'

/** A plain GET form: search works without JavaScript, and results have shareable URLs. */
export function SearchForm({
  query = '',
  autoFocus = false,
}: {
  query?: string
  autoFocus?: boolean
}) {
  return (
    <form
      action={SITE_PATHS.search}
      method="get"
      role="search"
      className="flex w-full max-w-xl gap-2"
    >
      <label htmlFor="search-q" className="sr-only">
        Search careers and comparisons
      </label>
      <input
        id="search-q"
        name="q"
        type="search"
        defaultValue={query}
        autoFocus={autoFocus}
        placeholder="e.g. Kubernetes, backend, DevOps"
        className="min-w-0 flex-1 rounded-lg border border-slate-300 px-4 py-2 text-base focus:border-brand-600"
      />
      <button
        type="submit"
        className="rounded-lg bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-900"
      >
        Search
      </button>
    </form>
  )
}
