import { SelectField } from '@/components/forms/SelectField'
import type { Choice } from '@/lib/choices'
import { SALARY_LEVELS } from '@/lib/levels'
import { MARKETS } from '@/lib/markets'
import { SITE_PATHS } from '@/lib/paths'
import { EXPLORER_SORTS, type ExplorerQuery } from '@/lib/salaries/explorer'

/** Market, level and order as a plain GET form: it works without JavaScript. */
export function ExplorerFilters({ query }: { query: ExplorerQuery }) {
  const field = (label: string, name: keyof ExplorerQuery, options: readonly Choice[]) => (
    <SelectField
      id={`explorer-${name}`}
      name={name}
      label={label}
      value={String(query[name])}
      options={options}
    />
  )
  return (
    <form
      action={SITE_PATHS.salaries}
      method="get"
      className="flex flex-col gap-3 sm:flex-row sm:items-end"
      aria-label="Filter salaries"
    >
      {field('Market', 'market', MARKETS)}
      {field('Level', 'level', [
        { value: 'all', label: 'All levels' },
        ...SALARY_LEVELS.map((l) => ({ value: l.value, label: `${l.label} (${l.experience})` })),
      ])}
      {field('Order', 'sort', EXPLORER_SORTS)}
      <button
        type="submit"
        className="rounded-lg bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700"
      >
        Show
      </button>
    </form>
  )
}
