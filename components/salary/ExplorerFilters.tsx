import { SALARY_LEVELS } from '@/lib/levels'
import { MARKETS } from '@/lib/markets'
import { SITE_PATHS } from '@/lib/paths'
import { EXPLORER_SORTS, type ExplorerQuery } from '@/lib/salaryExplorer'

const selectClass = 'rounded-lg border border-slate-300 bg-white px-3 py-2 text-base font-normal'

/** Market, level and order as a plain GET form: it works without JavaScript. */
export function ExplorerFilters({ query }: { query: ExplorerQuery }) {
  const field = (
    label: string,
    name: string,
    value: string,
    options: { value: string; label: string }[],
  ) => (
    <div className="flex flex-col gap-1">
      <label htmlFor={`explorer-${name}`} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <select id={`explorer-${name}`} name={name} defaultValue={value} className={selectClass}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  )
  return (
    <form
      action={SITE_PATHS.salaries}
      method="get"
      className="flex flex-col gap-3 sm:flex-row sm:items-end"
      aria-label="Filter salaries"
    >
      {field('Market', 'market', query.market, [...MARKETS])}
      {field('Level', 'level', query.level, [
        { value: 'all', label: 'All levels' },
        ...SALARY_LEVELS.map((l) => ({ value: l.value, label: `${l.label} (${l.experience})` })),
      ])}
      {field('Order', 'sort', query.sort, [...EXPLORER_SORTS])}
      <button
        type="submit"
        className="rounded-lg bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700"
      >
        Show
      </button>
    </form>
  )
}
