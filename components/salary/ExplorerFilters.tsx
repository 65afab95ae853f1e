import { FilterForm } from '@/components/forms/FilterForm'
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
    <FilterForm action={SITE_PATHS.salaries} label="Filter salaries">
      {field('Market', 'market', MARKETS)}
      {field('Level', 'level', [
        { value: 'all', label: 'All levels' },
        ...SALARY_LEVELS.map((l) => ({ value: l.value, label: `${l.label} (${l.experience})` })),
      ])}
      {field('Order', 'sort', EXPLORER_SORTS)}
    </FilterForm>
  )
}
