/**
 * The careers list (`/careers`): every published career, filtered by demand and entry difficulty,
 * ordered by name, pay, demand or ease of entry, and paged, all from the query string of a plain
 * GET form. Each view has one address: defaults are left out of it.
 */
import { type Choice, choices, isChoice } from '../choices'
import { RATING } from '../comparisons/ratings'
import { CAREER_LIST_KEYS } from '../paths'
import { pageNumber, pageOf, queryParam, type QueryParams, viewSearch } from '../queryString'

export const CAREER_PAGE_SIZE = 12

export const CAREER_SORTS = choices({
  name: 'Name, A–Z',
  'pay-desc': 'Highest pay first',
  'pay-asc': 'Lowest pay first',
  demand: 'Most in demand first',
  entry: 'Easiest to enter first',
})

export type CareerSort = (typeof CAREER_SORTS)[number]['value']
type Rating = (typeof RATING)[number]['value']

export type CareerListQuery = {
  sort: CareerSort
  /** Careers rated at least this in demand; null for any. */
  demand: Rating | null
  /** Careers rated at most this hard to enter; null for any. */
  entry: Rating | null
  page: number
}

export const DEFAULT_CAREER_LIST_QUERY: CareerListQuery = {
  sort: 'name',
  demand: null,
  entry: null,
  page: 1,
}

const RANK = new Map(RATING.map((r, i) => [r.value, i]))

/** Demand filter choices: "High or more". */
export const DEMAND_FILTERS: readonly Choice[] = RATING.slice(1).map((r) => ({
  value: r.value,
  label: r.value === 'very-high' ? r.label : `${r.label} or more`,
}))

/** Entry-difficulty filter choices: "Moderate or less". */
export const ENTRY_FILTERS: readonly Choice[] = RATING.slice(0, -1).map((r) => ({
  value: r.value,
  label: r.value === 'low' ? r.label : `${r.label} or less`,
}))

/** Only a filter the form offers: `demand=low` would be a view of its own that the form shows as "Any". */
const filter = (offered: readonly Choice[], value: string | undefined): Rating | null =>
  isChoice(offered, value) && isChoice(RATING, value) ? value : null

/** The view a query string asks for; anything unknown falls back to its default. */
export function parseCareerListQuery(params: QueryParams): CareerListQuery {
  const sort = queryParam(params, 'sort')
  return {
    sort: isChoice(CAREER_SORTS, sort) ? sort : DEFAULT_CAREER_LIST_QUERY.sort,
    demand: filter(DEMAND_FILTERS, queryParam(params, 'demand')),
    entry: filter(ENTRY_FILTERS, queryParam(params, 'entry')),
    page: pageNumber(queryParam(params, 'page')),
  }
}

/** The query string of a view, defaults left out: `?sort=pay-desc&demand=high`, or ''. */
export function careerListSearch(query: CareerListQuery): string {
  return viewSearch(query, DEFAULT_CAREER_LIST_QUERY, CAREER_LIST_KEYS)
}

export type ListedCareer = {
  title: string
  demand?: { level?: string | null } | null
  entryDifficulty?: { level?: string | null } | null
}

export type CareerListPage<Career> = {
  careers: Career[]
  /** Careers matching the filters, on every page. */
  total: number
  pageCount: number
}

const rankOf = (rated: ListedCareer['demand']) =>
  rated?.level != null ? RANK.get(rated.level as Rating) : undefined

/**
 * One page of the list. Careers without the figure a view orders by (no pay yet, no rating) come
 * after those with it, by name; a filter leaves out careers without the rating it filters on.
 */
export function careerListPage<Career extends ListedCareer>(
  careers: readonly Career[],
  annualPay: (career: Career) => number | undefined,
  query: CareerListQuery,
): CareerListPage<Career> {
  const demandAtLeast = query.demand ? RANK.get(query.demand)! : null
  const entryAtMost = query.entry ? RANK.get(query.entry)! : null
  const kept = careers.filter((career) => {
    const demand = rankOf(career.demand)
    const entry = rankOf(career.entryDifficulty)
    if (demandAtLeast !== null && (demand === undefined || demand < demandAtLeast)) return false
    if (entryAtMost !== null && (entry === undefined || entry > entryAtMost)) return false
    return true
  })
  const key = sortKey(query.sort, annualPay)
  const byName = (a: Career, b: Career) => a.title.localeCompare(b.title, 'en')
  const sorted = kept.sort((a, b) => {
    const [ka, kb] = [key(a), key(b)]
    if (ka === undefined || kb === undefined) {
      return ka === kb ? byName(a, b) : ka === undefined ? 1 : -1
    }
    return ka - kb || byName(a, b)
  })
  const { items, pageCount } = pageOf(sorted, query.page, CAREER_PAGE_SIZE)
  return { careers: items, total: sorted.length, pageCount }
}

/** A number to order by, smallest first; undefined when the career has no such figure. */
function sortKey<Career extends ListedCareer>(
  sort: CareerSort,
  annualPay: (career: Career) => number | undefined,
): (career: Career) => number | undefined {
  switch (sort) {
    case 'pay-desc':
      return (career) => {
        const pay = annualPay(career)
        return pay === undefined ? undefined : -pay
      }
    case 'pay-asc':
      return annualPay
    case 'demand':
      return (career) => {
        const demand = rankOf(career.demand)
        return demand === undefined ? undefined : -demand
      }
    case 'entry':
      return (career) => rankOf(career.entryDifficulty)
    case 'name':
      return () => 0
  }
}
