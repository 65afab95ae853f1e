/**
 * The address of a generated comparison: `/compare/<a>-vs-<b>`, one per pair of careers. The canonical
 * order is the two slugs in alphabetical (code-point) order, so a pair has one address whichever way
 * a reader asks for it; the other order answers 308 to it.
 */
import { comparisonPath } from './paths'
import { isSlug } from './slug'

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
 * Every way an address can split into two career slugs, in order. A slug may itself contain "-vs-"
 * ("x-vs-y-vs-z" could be x + y-vs-z or x-vs-y + z), so each split is a candidate; the read keeps the
 * first whose careers both exist. A career compared with itself is no pair.
 */
export function pairCandidates(slug: string): SlugPair[] {
  const candidates: SlugPair[] = []
  let at = slug.indexOf(SEPARATOR)
  while (at > 0) {
    const first = slug.slice(0, at)
    const second = slug.slice(at + SEPARATOR.length)
    if (isSlug(first) && isSlug(second) && first !== second) candidates.push([first, second])
    at = slug.indexOf(SEPARATOR, at + 1)
  }
  return candidates
}

export function isCanonicalOrder([first, second]: SlugPair): boolean {
  return first < second
}

/** What is wrong with a picker's choice of two careers, or null when it names a pair. */
export function pickProblem(a: unknown, b: unknown, careers: ReadonlySet<string>): string | null {
  if (typeof a !== 'string' || typeof b !== 'string' || !a || !b) {
    return 'Choose two careers to compare.'
  }
  if (!careers.has(a) || !careers.has(b)) {
    return 'One of those careers is not on the site. Choose from the lists.'
  }
  if (a === b) return 'Choose two different careers.'
  return null
}
