import type { Role } from '@/payload-types'

import { buildGeneratedPair, type GeneratedPair } from '../comparisons/pairComparison'
import { isCanonicalOrder, pairPath, parsePair } from '../comparisons/pairs'
import { comparisonPath, rolePath } from '../paths'
import type { CohortFigure } from '../salaries/reports/stats'
import { type Comparison, findEditorialComparisonPath, getComparison } from './articles'
import { findCareerBySlug } from './careers'
import { composedRead, type ReadPart } from './read'
import { readerFiguresOf } from './readerFigures'
import { findRedirect } from './redirects'
import { type LatestSalaryTable, latestSalaryTables } from './salaryTables'

export type GeneratedComparison = GeneratedPair<Role, LatestSalaryTable> & {
  slug: string
  /** Aggregates of readers' approved salary reports, by career id. */
  readerFigures: Record<string, CohortFigure[]>
}

/** What `/compare/<slug>` shows: an editor's comparison, a generated one, or a redirect to either. */
export type ComparePage =
  | { kind: 'editorial'; comparison: Comparison }
  | { kind: 'generated'; comparison: GeneratedComparison }
  /** `permanent`: a pair's other order or a renamed career; not an editorial page (it may go). */
  | { kind: 'redirect'; to: string; permanent: boolean }

/** Whether a path is `/compare/` followed by the same two slugs as `slug`, in either order. */
function samePair(slug: string, path: string): boolean {
  const prefix = comparisonPath('')
  const here = parsePair(slug)
  const there = path.startsWith(prefix) ? parsePair(path.slice(prefix.length)) : null
  return Boolean(here && there && [...here].sort().join() === [...there].sort().join())
}

/** A career by slug, or by the slug it was renamed to (the rename left a redirect from its page). */
async function findCareer(read: ReadPart, slug: string): Promise<Role | null> {
  const role = await read(findCareerBySlug, slug)
  if (role) return role
  const target = await read(findRedirect, rolePath(slug))
  const renamed = target?.startsWith(rolePath('')) ? target.slice(rolePath('').length) : null
  return renamed && renamed !== slug ? read(findCareerBySlug, renamed) : null
}

/**
 * An editorial comparison by its slug first; then a redirect recorded for the address; otherwise,
 * when the address names two published careers
 * (`<a>-vs-<b>`), the comparison generated from their profiles and latest salary tables — or a
 * redirect: to the editorial comparison of the pair while one is published (temporary), else to the
 * pair's canonical address (alphabetical, and today's slugs of renamed careers). Null when the
 * address names neither.
 */
export const getComparePage = composedRead(
  async (read, slug: string): Promise<ComparePage | null> => {
    const editorial = await read(getComparison, slug)
    if (editorial) return { kind: 'editorial', comparison: editorial }
    // A redirect recorded for this very address — a renamed editorial comparison whose old slug was
    // its pair's address, an editor's own — wins over what the address means as a pair; unless it
    // leads to the same pair in the other order, which the pair logic would send back (a loop).
    const path = comparisonPath(slug)
    const moved = await read(findRedirect, path)
    if (moved && moved !== path && !samePair(slug, moved))
      return { kind: 'redirect', to: moved, permanent: true }
    const pair = parsePair(slug)
    if (!pair) return null
    const [first, second] = await Promise.all(pair.map((s) => findCareer(read, s)))
    if (!first?.slug || !second?.slug || first.id === second.id) return null
    const editorialPath = await read(findEditorialComparisonPath, first.id, second.id)
    if (editorialPath) return { kind: 'redirect', to: editorialPath, permanent: false }
    const today = [first.slug, second.slug] as const
    if (!isCanonicalOrder(today) || today[0] !== pair[0] || today[1] !== pair[1]) {
      return { kind: 'redirect', to: pairPath(...today), permanent: true }
    }
    const [tables, readerFigures] = await Promise.all([
      read(latestSalaryTables, [first.id, second.id]),
      read(readerFiguresOf, [first.id, second.id]),
    ])
    const tablesOf = (id: unknown) => tables.filter((t) => String(t.role) === String(id))
    const generated = buildGeneratedPair(
      { role: first, tables: tablesOf(first.id) },
      { role: second, tables: tablesOf(second.id) },
    )
    return { kind: 'generated', comparison: { ...generated, slug, readerFigures } }
  },
)
