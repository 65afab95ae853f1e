import type { Role } from '@/payload-types'

import { buildGeneratedPair, type GeneratedPair } from '../pairComparison'
import { isCanonicalOrder, pairCandidates, pairPath } from '../pairs'
import { type Comparison, findEditorialComparisonPath, getComparison } from './articles'
import { composedRead } from './read'
import { findRoleBySlug } from './roles'
import { type LatestSalaryTable, latestSalaryTables } from './salaryTables'

export type GeneratedComparison = GeneratedPair<Role, LatestSalaryTable> & { slug: string }

/** What `/compare/<slug>` shows: an editor's comparison, a generated one, or a redirect to either. */
export type ComparePage =
  | { kind: 'editorial'; comparison: Comparison }
  | { kind: 'generated'; comparison: GeneratedComparison }
  | { kind: 'redirect'; to: string }

/**
 * An editorial comparison by its slug first; otherwise, when the address names two published careers
 * (`<a>-vs-<b>`), the comparison generated from their profiles and latest salary tables — or a
 * redirect: to the editorial comparison of the same pair when one is published, else to the pair's
 * canonical (alphabetical) order. Null when the address names neither.
 */
export const getComparePage = composedRead(
  async (read, slug: string): Promise<ComparePage | null> => {
    const editorial = await read(getComparison, slug)
    if (editorial) return { kind: 'editorial', comparison: editorial }
    for (const candidate of pairCandidates(slug)) {
      const [first, second] = await Promise.all(
        candidate.map((roleSlug) => read(findRoleBySlug, roleSlug)),
      )
      if (!first || !second) continue
      const editorialPath = await read(findEditorialComparisonPath, first.id, second.id)
      if (editorialPath) return { kind: 'redirect', to: editorialPath }
      if (!isCanonicalOrder(candidate)) return { kind: 'redirect', to: pairPath(...candidate) }
      const tables = await read(latestSalaryTables, [first.id, second.id])
      const tablesOf = (id: unknown) => tables.filter((t) => String(t.role) === String(id))
      const pair = buildGeneratedPair(
        { role: first, tables: tablesOf(first.id) },
        { role: second, tables: tablesOf(second.id) },
      )
      return { kind: 'generated', comparison: { ...pair, slug } }
    }
    return null
  },
)
