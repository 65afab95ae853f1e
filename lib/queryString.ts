/** Reading a page's view from its query string, the same way on every list. */

export type QueryParams = Record<string, string | string[] | undefined> | URLSearchParams

/** A parameter's first value (`?a=x&a=y` is x), or undefined. */
export function queryParam(params: QueryParams, name: string): string | undefined {
  const value = params instanceof URLSearchParams ? params.get(name) : params[name]
  return (Array.isArray(value) ? value[0] : value) ?? undefined
}

/** A page number: a whole number from 1 to 100,000, else 1. */
export function pageNumber(raw: string | undefined): number {
  const page = Number(raw)
  return Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1
}

/**
 * Whether a request's query string is exactly a view's own (`search`, '' or `?a=b…`, defaults left
 * out): when not, the page sends the reader to the view's one address.
 */
export function isOwnQuery(params: Record<string, string | string[] | undefined>, search: string) {
  const asked = new URLSearchParams(
    Object.entries(params).flatMap(([key, value]) =>
      (Array.isArray(value) ? value : [value ?? '']).map((v) => [key, v]),
    ),
  ).toString()
  return (asked ? `?${asked}` : '') === search
}

/**
 * A view's query string with its defaults left out, so each view has one address: `?a=x&page=2`,
 * or '' for the default view. Keys in the order given.
 */
export function viewSearch<View extends Record<string, string | number | null>>(
  view: View,
  defaults: View,
  keys: readonly (keyof View & string)[],
): string {
  const params = new URLSearchParams()
  for (const key of keys) {
    const value = view[key]
    if (value !== defaults[key] && value !== null) params.set(key, String(value))
  }
  const search = params.toString()
  return search ? `?${search}` : ''
}

/** Page `page` of a list, `size` a page, and how many pages the list has (at least one). */
export function pageOf<Item>(items: readonly Item[], page: number, size: number) {
  const pageCount = Math.max(1, Math.ceil(items.length / size))
  return { items: items.slice((page - 1) * size, page * size), pageCount }
}

/** The query string of a later page of a list with no other parameter: `?page=3`, or ''. */
export const pageSearch = (page: number) => (page > 1 ? `?page=${page}` : '')
