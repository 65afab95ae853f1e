import { FilterForm } from '@/components/forms/FilterForm'
import { SelectField } from '@/components/forms/SelectField'
import type { Choice } from '@/lib/choices'
import { SITE_PATHS } from '@/lib/paths'
import {
  CAREER_SORTS,
  type CareerListQuery,
  DEMAND_FILTERS,
  ENTRY_FILTERS,
} from '@/lib/search/careerList'

const ANY = ''

/** Demand, entry difficulty and order as a plain GET form: it works without JavaScript. */
export function CareerFilters({ query }: { query: CareerListQuery }) {
  const field = (label: string, name: 'sort' | 'demand' | 'entry', options: readonly Choice[]) => (
    <SelectField
      id={`careers-${name}`}
      name={name}
      label={label}
      value={query[name] ?? ANY}
      options={options}
    />
  )
  return (
    <FilterForm action={SITE_PATHS.careers} label="Filter careers">
      {field('Demand', 'demand', [{ value: ANY, label: 'Any' }, ...DEMAND_FILTERS])}
      {field('Entry difficulty', 'entry', [{ value: ANY, label: 'Any' }, ...ENTRY_FILTERS])}
      {field('Order', 'sort', CAREER_SORTS)}
    </FilterForm>
  )
}
