import type { Payload } from 'payload'

import { sharedMarket } from '../comparisons/pairComparison'
import { publicFind } from '../content/publicFind'
import { latestSalaryTables } from '../content/salaryTables'
import { levelInfo } from '../levels'
import { marketInfo } from '../markets'
import { relationId } from '../platform/ids'
import type { BandFact, PageFacts } from './pageChanges'
import { pageKey } from './publishedPages'
import { pairCareers, type SavedTarget, targetIds } from './targets'

const unique = (ids: (string | null)[]) => [...new Set(ids.filter((id): id is string => !!id))]

/**
 * The facts of these pages as the public sees them now (published only, read as an anonymous
 * visitor), keyed like `publishedPages`. Three queries whatever the number of pages: the articles,
 * then their careers and the latest salary tables of those careers. Unpublished pages are absent,
 * and a generated comparison whose careers are not both public.
 */
export async function currentPageFacts(
  payload: Payload,
  targets: SavedTarget[],
): Promise<Map<string, PageFacts>> {
  const reader = { payload }
  const ids = targetIds(targets)
  const articleIds = unique(ids.articles)
  const articles = articleIds.length
    ? (
        await publicFind(reader, {
          collection: 'articles',
          where: { id: { in: articleIds } },
          select: {
            kind: true,
            comparedRoles: true,
            market: true,
            verdicts: true,
            updatedAt: true,
          },
          depth: 0,
          pagination: false,
        })
      ).docs
    : []
  const comparedOf = (article: (typeof articles)[number]) =>
    article.kind === 'comparison' ? unique((article.comparedRoles ?? []).map(relationId)) : []
  const roleIds = unique([...ids.roles, ...ids.pairCareers, ...articles.flatMap(comparedOf)])
  const [roles, tables] = await Promise.all([
    roleIds.length
      ? publicFind(reader, {
          collection: 'roles',
          where: { id: { in: roleIds } },
          select: { title: true, updatedAt: true },
          depth: 0,
          pagination: false,
        }).then((found) => found.docs)
      : [],
    latestSalaryTables.uncached(reader, roleIds),
  ])
  const titles = new Map(roles.map((role) => [String(role.id), role.title]))

  /** The bands of these careers, labelled with the career's name when a page shows several. */
  const bandsOf = (careers: string[], market?: string | null) => {
    const bands: Record<string, BandFact> = {}
    for (const table of tables) {
      const career = relationId(table.role) ?? ''
      if (!careers.includes(career) || (market && table.market !== market)) continue
      const where = marketInfo(table.market)?.label ?? table.market
      for (const row of table.rows ?? []) {
        const level = levelInfo(row.level)?.label ?? row.level
        bands[`${career}:${table.market}:${row.level}`] = {
          label: [careers.length > 1 ? titles.get(career) : null, level, where]
            .filter(Boolean)
            .join(', '),
          year: table.year,
          min: row.min,
          max: row.max,
          median: row.median ?? null,
          currency: table.currency,
          unit: table.unit,
          market: table.market,
        }
      }
    }
    return bands
  }

  const facts = new Map<string, PageFacts>()
  const updated = new Map(roles.map((role) => [String(role.id), role.updatedAt]))
  for (const role of roles) {
    if (ids.roles.includes(String(role.id)))
      facts.set(pageKey('roles', role.id), {
        version: role.updatedAt,
        bands: bandsOf([String(role.id)]),
        compared: [],
        verdicts: [],
      })
  }
  for (const article of articles) {
    const compared = comparedOf(article)
    facts.set(pageKey('articles', article.id), {
      version: article.updatedAt,
      bands: bandsOf(compared, article.market),
      compared: compared.map((id) => titles.get(id) ?? ''),
      verdicts:
        article.kind === 'comparison'
          ? (article.verdicts ?? []).map(({ dimension, winner }) => ({ dimension, winner }))
          : [],
    })
  }
  // A generated comparison shows both careers' pay in the market they share; its verdicts follow
  // from those bands, so the bands are what a reader is told changed.
  const tablesOf = (career: string) => tables.filter((table) => relationId(table.role) === career)
  for (const id of ids.pairs) {
    const careers = pairCareers(id)
    const versions = careers?.map((career) => updated.get(career))
    if (!careers || !versions?.every(Boolean)) continue
    const market = sharedMarket(tablesOf(careers[0]), tablesOf(careers[1]))
    facts.set(pageKey('pairs', id), {
      version: versions.sort().at(-1)!,
      bands: market ? bandsOf(careers, market) : {},
      compared: careers.map((career) => titles.get(career) ?? ''),
      verdicts: [],
    })
  }
  return facts
}
