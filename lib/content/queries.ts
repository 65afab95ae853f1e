import type { Where } from 'payload'

import type { Article, Author, Media, Role, SalaryTable } from '@/payload-types'

import { buildComparisonRows, type ComparisonRow } from '../comparison'
import { publicPath } from '../paths'
import { type ContentReader, publicFind } from './publicFind'

/**
 * Published-only reads, one function per thing a page shows. Each takes the reader (the Payload
 * instance, and the staff user when previewing drafts) so that tests run them against a real database;
 * pages reach them through the cached wrappers in ./index.ts.
 */

export type RoleCard = Pick<Role, 'id' | 'title' | 'slug' | 'summary' | 'demand'>
export type ArticleCard = Pick<
  Article,
  'id' | 'kind' | 'title' | 'slug' | 'distinction' | 'publishedAt'
> & {
  comparedRoles: Pick<Role, 'id' | 'title' | 'slug'>[]
}
export type RoleLink = Pick<Role, 'id' | 'title' | 'slug' | 'summary'>

const ROLE_CARD = { title: true, slug: true, summary: true, demand: true } as const
const ARTICLE_CARD = {
  kind: true,
  title: true,
  slug: true,
  distinction: true,
  publishedAt: true,
  comparedRoles: true,
} as const

/** Populated relations that came back as bare ids are documents the reader may not see (drafts). */
function visible<T extends object>(
  values: readonly (T | number | string | null | undefined)[] | null | undefined,
): T[] {
  return (values ?? []).filter((v): v is T => typeof v === 'object' && v !== null)
}

function toArticleCard(article: Pick<Article, keyof typeof ARTICLE_CARD | 'id'>): ArticleCard {
  return { ...article, comparedRoles: visible<Role>(article.comparedRoles) }
}

/** A comparison is listed only where its page can be shown: both of its careers are public. */
function listable(card: ArticleCard): boolean {
  return card.kind !== 'comparison' || card.comparedRoles.length === 2
}

export async function listRoleCards(reader: ContentReader, limit = 500): Promise<RoleCard[]> {
  const { docs } = await publicFind(reader, {
    collection: 'roles',
    select: ROLE_CARD,
    sort: 'title',
    limit,
    depth: 0,
  })
  return docs
}

export async function listArticleCards(
  reader: ContentReader,
  {
    kind,
    comparing,
    limit = 100,
  }: { kind?: Article['kind']; comparing?: Role['id']; limit?: number } = {},
): Promise<ArticleCard[]> {
  const filters: Where[] = [
    ...(kind ? [{ kind: { equals: kind } }] : []),
    ...(comparing != null ? [{ comparedRoles: { in: [comparing] } }] : []),
  ]
  const { docs } = await publicFind(reader, {
    collection: 'articles',
    where: filters.length ? { and: filters } : undefined,
    select: ARTICLE_CARD,
    populate: { roles: { title: true, slug: true } },
    sort: '-publishedAt',
    limit,
    depth: 1,
  })
  return docs.map(toArticleCard).filter(listable)
}

/** The newest published salary table per role in a market; older years stay in the archive. */
async function latestSalaryTables(
  reader: ContentReader,
  roleIds: (number | string)[],
  market?: string,
) {
  const { docs } = await publicFind(reader, {
    collection: 'salary-tables',
    where: {
      and: [{ role: { in: roleIds } }, ...(market ? [{ market: { equals: market } }] : [])],
    },
    sort: '-year',
    depth: 0,
    limit: 100,
  })
  const latest = new Map<string, SalaryTable>()
  for (const table of docs) {
    const key = `${String(table.role)}:${table.market}`
    if (!latest.has(key)) latest.set(key, table)
  }
  return [...latest.values()]
}

export type RoleProfile = {
  role: Role
  related: RoleLink[]
  salaryTables: SalaryTable[]
  comparisons: ArticleCard[]
}

export async function loadRoleProfile(
  reader: ContentReader,
  slug: string,
): Promise<RoleProfile | null> {
  const { docs } = await publicFind(reader, {
    collection: 'roles',
    where: { slug: { equals: slug } },
    populate: { roles: { title: true, slug: true, summary: true } },
    depth: 1,
    limit: 1,
  })
  const role = docs[0]
  if (!role) return null
  const [salaryTables, comparisons] = await Promise.all([
    latestSalaryTables(reader, [role.id]),
    listArticleCards(reader, { kind: 'comparison', comparing: role.id, limit: 50 }),
  ])
  return { role, related: visible<RoleLink>(role.relatedRoles), salaryTables, comparisons }
}

export type ComparisonSide = { role: Role; salary: SalaryTable | null }

export type Comparison = {
  article: Article
  authors: Author[]
  heroImage: Media | null
  first: ComparisonSide
  second: ComparisonSide
  rows: ComparisonRow[]
}

/** One published article of a kind by its slug, with the authors and hero image it shows. */
async function findArticle(reader: ContentReader, slug: string, kind: Article['kind']) {
  const { docs } = await publicFind(reader, {
    collection: 'articles',
    where: { and: [{ slug: { equals: slug } }, { kind: { equals: kind } }] },
    depth: 1,
    limit: 1,
  })
  const article = docs[0]
  if (!article) return null
  return {
    article,
    authors: visible<Author>(article.authors),
    heroImage: typeof article.heroImage === 'object' ? (article.heroImage ?? null) : null,
  }
}

export async function loadComparison(
  reader: ContentReader,
  slug: string,
): Promise<Comparison | null> {
  const found = await findArticle(reader, slug, 'comparison')
  if (!found) return null
  const { article } = found
  const [firstRole, secondRole] = visible<Role>(article.comparedRoles)
  // A comparison whose careers are not both public cannot be shown honestly.
  if (!firstRole || !secondRole) return null
  const tables = await latestSalaryTables(
    reader,
    [firstRole.id, secondRole.id],
    article.market ?? 'IN',
  )
  const salaryOf = (role: Role) => tables.find((t) => String(t.role) === String(role.id)) ?? null
  const first = { role: firstRole, salary: salaryOf(firstRole) }
  const second = { role: secondRole, salary: salaryOf(secondRole) }
  return {
    ...found,
    first,
    second,
    rows: buildComparisonRows(first, second, article.extraRows ?? []),
  }
}

export function loadGuide(reader: ContentReader, slug: string) {
  return findArticle(reader, slug, 'guide')
}

export type SitemapEntry = { path: string; lastModified: string }

/** Every published page with its last change, for the sitemap. */
export async function listSitemapEntries(reader: ContentReader): Promise<SitemapEntry[]> {
  const [roles, articles] = await Promise.all([
    publicFind(reader, {
      collection: 'roles',
      select: { slug: true, updatedAt: true },
      pagination: false,
      depth: 0,
      sort: 'title',
    }),
    publicFind(reader, {
      collection: 'articles',
      select: { slug: true, kind: true, updatedAt: true },
      pagination: false,
      depth: 0,
      sort: '-publishedAt',
    }),
  ])
  const entries = (
    collection: 'roles' | 'articles',
    docs: { slug?: string | null; kind?: string | null; updatedAt: string }[],
  ) =>
    docs.flatMap((doc) => {
      const path = publicPath(collection, doc)
      return path ? [{ path, lastModified: doc.updatedAt }] : []
    })
  return [...entries('roles', roles.docs), ...entries('articles', articles.docs)]
}

/** Where an old address now points, if an editor or a rename left a redirect; null otherwise. */
export async function findRedirect(reader: ContentReader, from: string): Promise<string | null> {
  const { docs } = await publicFind(reader, {
    collection: 'redirects',
    where: { from: { equals: from } },
    depth: 1,
    limit: 1,
  })
  const to = docs[0]?.to
  if (!to) return null
  if (to.type === 'custom') return to.url ?? null
  const target = to.reference
  // An unpopulated reference is a document the reader may not see (a draft): no redirect to it.
  if (!target || typeof target.value !== 'object') return null
  return publicPath(target.relationTo, target.value)
}

export type SearchHit = {
  id: number | string
  title: string
  path: string
  kind: string
  summary: string
  skills: string
}

/** Published careers and articles whose title, summary or skills contain the query. */
export async function searchSite(reader: ContentReader, query: string): Promise<SearchHit[]> {
  const q = query.trim().slice(0, 100)
  if (!q) return []
  const { docs } = await publicFind(reader, {
    collection: 'search',
    where: { or: [{ title: { like: q } }, { summary: { like: q } }, { skills: { like: q } }] },
    sort: '-priority',
    limit: 50,
    depth: 0,
  })
  return docs.flatMap((d) =>
    d.path
      ? [
          {
            id: d.id,
            title: d.title ?? '',
            path: d.path,
            kind: d.kind ?? '',
            summary: d.summary ?? '',
            skills: d.skills ?? '',
          },
        ]
      : [],
  )
}
