import { pairPath } from '../comparisons/pairs'
import { slugify } from '../slug'
import { normaliseSearchQuery } from './query'

/** A career as a picker offers it: its name and address. */
export type NamedCareer = { slug?: string | null; title: string }
type Named = NamedCareer & { slug: string }

/** How many careers a picker suggests, or lists when a typed name is ambiguous. */
export const MATCH_LIMIT = 8

/** Lower case, accents dropped, anything but letters and digits a space: "Site-Reliability  é" → "site reliability e". */
const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

/**
 * How well a career's name answers what the reader typed, best 0; null when it does not. Exact name
 * or address, then names that start with it, then names whose words each start with one of its
 * words ("eng back" finds Backend Engineer), then names that contain it anywhere.
 */
function rank(career: Named, query: string): number | null {
  const title = fold(career.title)
  if (title === query || career.slug === slugify(query)) return 0
  if (title.startsWith(query)) return 1
  const words = title.split(' ')
  if (query.split(' ').every((part) => words.some((word) => word.startsWith(part)))) return 2
  if (title.includes(query)) return 3
  return null
}

type Ranked = { career: Named; rank: number }

/** The careers whose name answers a query, with how well, best first, then by name. */
function rankedMatches(careers: readonly NamedCareer[], raw: unknown, limit: number): Ranked[] {
  const query = fold(normaliseSearchQuery(raw))
  if (!query) return []
  return careers
    .flatMap((career) => {
      if (!career.slug) return []
      const score = rank(career as Named, query)
      return score === null ? [] : [{ career: career as Named, rank: score }]
    })
    .sort((a, b) => a.rank - b.rank || a.career.title.localeCompare(b.career.title))
    .slice(0, limit)
}

const named = ({ career }: Ranked): Named => ({ slug: career.slug, title: career.title })

/** The careers whose name answers a query, best first, then by name; none for an empty query. */
export function matchCareers(
  careers: readonly NamedCareer[],
  raw: unknown,
  limit = MATCH_LIMIT,
): Named[] {
  return rankedMatches(careers, raw, limit).map(named)
}

/** What a picker's field names: one career, several that could be meant, or none. */
export type Resolved =
  | { kind: 'career'; career: Named }
  | { kind: 'ambiguous'; matches: Named[] }
  | { kind: 'none' }
  | { kind: 'empty' }

/** A single match is taken at its word only when the name starts with it, or its words do. */
const TAKEN_AT_ITS_WORD = 2

/**
 * The career a picker's field means. Its address (the enhanced field sends it once a suggestion is
 * chosen; the pick page's links send it) or its exact name is that career, and so is the only
 * career whose name starts with what was typed. Anything else is offered back to choose from —
 * never the career already chosen beside it (`besides`), unless it is the only one that matches.
 */
export function resolveCareer(
  careers: readonly NamedCareer[],
  raw: unknown,
  besides?: string,
): Resolved {
  // A query string may repeat a field (`?a=x&a=y`): that names no one career.
  const text = typeof raw === 'string' ? raw.trim() : ''
  if (!fold(normaliseSearchQuery(text))) return { kind: 'empty' }
  const bySlug = careers.find((c) => c.slug && c.slug === text)
  if (bySlug) return { kind: 'career', career: bySlug as Named }
  const matches = rankedMatches(careers, text, MATCH_LIMIT + 1)
  const exact = matches.filter((m) => fold(m.career.title) === fold(text))
  if (exact.length === 1) return { kind: 'career', career: named(exact[0]!) }
  if (matches.length === 1 && matches[0]!.rank <= TAKEN_AT_ITS_WORD) {
    return { kind: 'career', career: named(matches[0]!) }
  }
  const offered = matches.filter((m) => m.career.slug !== besides)
  const shown = (offered.length ? offered : matches).slice(0, MATCH_LIMIT).map(named)
  return shown.length ? { kind: 'ambiguous', matches: shown } : { kind: 'none' }
}

/** What a picker's two fields lead to: the pair's address, or what to fix with each field's state. */
export type PickOutcome = { path: string } | { problem: string; first: Resolved; second: Resolved }

/**
 * Where a compare picker sends the reader: two different careers go on to the pair's one address;
 * anything else is explained, with the careers a field could mean offered back.
 */
export function pickPair(careers: readonly NamedCareer[], a: unknown, b: unknown): PickOutcome {
  const slugOf = (resolved: Resolved) =>
    resolved.kind === 'career' ? resolved.career.slug : undefined
  const first = resolveCareer(careers, a, slugOf(resolveCareer(careers, b)))
  const second = resolveCareer(careers, b, slugOf(first))
  const problem = pickProblem(first, second)
  if (problem || first.kind !== 'career' || second.kind !== 'career') {
    return { problem: problem ?? 'Choose two careers to compare.', first, second }
  }
  return { path: pairPath(first.career.slug, second.career.slug) }
}

function pickProblem(first: Resolved, second: Resolved): string | null {
  const kinds = [first.kind, second.kind]
  if (kinds.includes('empty')) return 'Choose two careers to compare.'
  if (kinds.includes('none')) return 'No career on the site has that name: try another.'
  if (kinds.includes('ambiguous')) return 'More than one career matches: choose the one you mean.'
  if (
    first.kind === 'career' &&
    second.kind === 'career' &&
    first.career.slug === second.career.slug
  ) {
    return 'Choose two different careers.'
  }
  return null
}
