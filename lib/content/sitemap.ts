import { movesPath, publicPath } from '../paths'
import { relationId } from '../platform/ids'
import { cacheTags } from '../platform/revalidate'
import { skillWeights } from '../skills/graph'
import { readCareerGraph } from './careerGraph'
import { type ContentReader, publicFind } from './publicFind'
import { composedRead, publicRead } from './read'
import { salaryFactsByRole } from './salaryTables'

export type SitemapEntry = { path: string; lastModified: string }

/** A published career as the sitemap's pairs need it; careers come sorted by slug. */
export type SitemapCareer = { id: string; slug: string; updatedAt: string; markets: string[] }

export type SitemapSources = {
  /** Every published page (profiles, articles). */
  pages: SitemapEntry[]
  careers: SitemapCareer[]
  /** `<id>:<id>` (sorted) of each pair with a published editorial comparison. */
  editorialPairs: string[]
}

type Page = { slug?: string | null; kind?: string | null; updatedAt: string }

/** Published careers and articles: the documents the sitemap lists and the pairs it builds from. */
const sitemapDocuments = publicRead(
  'sitemap-documents',
  () => [cacheTags.roleList, cacheTags.articleList],
  async (reader: ContentReader) => {
    const [roles, articles] = await Promise.all([
      publicFind(reader, {
        collection: 'roles',
        select: { slug: true, updatedAt: true },
        pagination: false,
        depth: 0,
        sort: 'slug',
      }),
      publicFind(reader, {
        collection: 'articles',
        select: { slug: true, kind: true, updatedAt: true, comparedRoles: true },
        pagination: false,
        depth: 0,
        sort: '-publishedAt',
      }),
    ])
    return { roles: roles.docs, articles: articles.docs }
  },
)

const pairKey = (ids: string[]) => [...ids].sort().join(':')

/**
 * What the sitemap lists: every published page, and the careers from which it lists the generated
 * comparisons worth indexing (lib/seo/sitemap.ts): each career's markets with salary data, and the
 * pairs an editor has written up (the editorial page stands for the pair).
 */
export const getSitemapSources = composedRead(async (read): Promise<SitemapSources> => {
  const [{ roles, articles }, facts, graph] = await Promise.all([
    read(sitemapDocuments),
    read(salaryFactsByRole),
    read(readCareerGraph),
  ])
  // A moves page is worth listing when its career names skills (else it says there are none).
  const withSkills = new Set(graph.filter((c) => skillWeights(c).size > 0).map((c) => c.slug))
  const pages = (
    collection: 'roles' | 'articles',
    docs: Page[],
    lastModified = (d: Page) => d.updatedAt,
  ) =>
    docs.flatMap((doc) => {
      const path = publicPath(collection, doc)
      return path ? [{ path, lastModified: lastModified(doc) }] : []
    })
  const careers: SitemapCareer[] = roles.flatMap((role) => {
    const salary = facts[String(role.id)]
    if (!role.slug) return []
    const updatedAt =
      salary && salary.updatedAt > role.updatedAt ? salary.updatedAt : role.updatedAt
    return [{ id: String(role.id), slug: role.slug, updatedAt, markets: salary?.markets ?? [] }]
  })
  const updatedOf = new Map(careers.map((c) => [c.slug, c.updatedAt]))
  const newest = careers.reduce((latest, c) => (c.updatedAt > latest ? c.updatedAt : latest), '')
  return {
    pages: [
      // A profile changes when its salary tables do.
      ...pages('roles', roles, (doc) => updatedOf.get(doc.slug ?? '') ?? doc.updatedAt),
      ...pages('articles', articles),
      // A moves page changes whenever any career does.
      ...careers
        .filter((career) => withSkills.has(career.slug))
        .map((career) => ({ path: movesPath(career.slug), lastModified: newest })),
    ],
    careers,
    editorialPairs: articles.flatMap((a) =>
      a.kind === 'comparison' && a.comparedRoles?.length === 2
        ? [pairKey(a.comparedRoles.map((role) => relationId(role) ?? ''))]
        : [],
    ),
  }
})
