/**
 * The address of a generated comparison: `/compare/<a>-vs-<b>`, one per pair of careers. The canonical
 * order is the two slugs in alphabetical (code-point) order, so a pair has one address whichever way
 * a reader asks for it; the other order answers 308 to it.
 */
import { comparisonPath } from '../paths'
import { isSlug } from '../slug'

const SEPARATOR = '-vs-'

export type SlugPair = readonly [first: string, second: string]

/** The two slugs in canonical order. */
export function canonicalPair(a: string, b: string): SlugPair {
  return a < b ? [a, b] : [b, a]
}

export function pairSlug(a: string, b: string): string {
  const [first, second] = canonicalPair(a, b)
  return `${first}${SEPARATOR}${second}`
}

export function pairPath(a: string, b: string): string {
  return comparisonPath(pairSlug(a, b))
}

/**
 * The two career slugs an address names, or null. Career slugs cannot contain "-vs-"
 * (careerSlugProblem), so an address names a pair only when it holds exactly one: "x-vs-y-vs-z"
 * names none, rather than two pairs sharing one address. A career compared with itself is no pair.
 */
export function parsePair(slug: string): SlugPair | null {
  const parts = slug.split(SEPARATOR)
  if (parts.length !== 2) return null
  const [first, second] = parts as [string, string]
  return isSlug(first) && isSlug(second) && first !== second ? [first, second] : null
}

export function isCanonicalOrder([first, second]: SlugPair): boolean {
  return first < second
}

/** Why a career cannot have this slug: "-vs-" would make pair addresses ambiguous. */
export function careerSlugProblem(slug: string): string | null {
  return slug.includes(SEPARATOR)
    ? 'A career\'s slug cannot contain "-vs-": it separates the two careers of a comparison\'s address.'
    : null
}

/** Addresses under /compare/ that are pages of their own, so no article may take them. */
const RESERVED_COMPARE_SLUGS = new Set(['pick'])

export function articleSlugProblem(slug: string): string | null {
  return RESERVED_COMPARE_SLUGS.has(slug)
    ? `"${slug}" is taken by a page of the site (/compare/${slug}): choose another slug.`
    : null
}
