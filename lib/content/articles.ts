import type { Where } from 'payload'

import type { Article, Author, Media, Role } from '@/payload-types'

import { buildComparisonRows, type ComparisonRow } from '../comparisons/comparison'
import { comparisonPath } from '../paths'
import { cacheTags } from '../platform/revalidate'
import type { CohortFigure } from '../salaries/reports/stats'
import { findCareersById } from './careers'
import { resolveLinks } from './links'
import { type ContentReader, publicFind } from './publicFind'
import { composedRead, publicRead, publicReadBySlug, type ReadPart } from './read'
import { readerFiguresOf } from './readerFigures'
import { internalLinkRefs, type LinkRef } from './richTextLinks'
import { type LatestSalaryTable, latestSalaryTables } from './salaryTables'
import { visible } from './visible'

export type ArticleCard = Pick<
  Article,
  'id' | 'kind' | 'title' | 'slug' | 'distinction' | 'publishedAt'
> & {
  comparedRoles: Pick<Role, 'id' | 'title' | 'slug'>[]
}

const ARTICLE_CARD = {
  kind: true,
  title: true,
  slug: true,
  distinction: true,
  publishedAt: true,
  comparedRoles: true,
} as const

/** A comparison is listed only where its page can be shown: both of its careers are public. */
function listable(card: ArticleCard): boolean {
  return card.kind !== 'comparison' || card.comparedRoles.length === 2
}

export type ArticleListOptions = { kind?: Article['kind']; comparing?: Role['id']; limit?: number }

const articleListTags = ({ comparing }: ArticleListOptions = {}) =>
  comparing != null ? [cacheTags.comparisonsOf(comparing)] : [cacheTags.articleList]

/** One page of published article cards, newest first, and how many pages there are. */
async function findArticleCards(
  reader: ContentReader,
  { kind, comparing, limit = 100 }: ArticleListOptions,
  page = 1,
): Promise<{ cards: ArticleCard[]; pageCount: number }> {
  const filters: Where[] = [
    ...(kind ? [{ kind: { equals: kind } }] : []),
    ...(comparing != null ? [{ comparedRoles: { in: [comparing] } }] : []),
  ]
  const { docs, totalPages } = await publicFind(reader, {
    collection: 'articles',
    where: filters.length ? { and: filters } : undefined,
    select: ARTICLE_CARD,
    populate: { roles: { title: true, slug: true } },
    sort: '-publishedAt',
    limit,
    page,
    depth: 1,
  })
  const cards = docs
    .map((article) => ({ ...article, comparedRoles: visible<Role>(article.comparedRoles) }))
    .filter(listable)
  return { cards, pageCount: Math.max(1, totalPages) }
}

/** Published articles, newest first: of one kind, or comparing one career. */
export const listArticleCards = publicRead(
  'article-cards',
  articleListTags,
  async (reader: ContentReader, options: ArticleListOptions = {}): Promise<ArticleCard[]> =>
    (await findArticleCards(reader, options)).cards,
)

/**
 * A page of a long list of articles (`/compare?page=2`), `limit` a page. A comparison whose career
 * is not public is left out of its page rather than moved to another, so a page may hold fewer.
 */
export const pageArticleCards = publicRead(
  'article-card-pages',
  articleListTags,
  async (
    reader: ContentReader,
    options: ArticleListOptions & { page: number },
  ): Promise<{ cards: ArticleCard[]; pageCount: number }> =>
    findArticleCards(reader, options, options.page),
)

export type ArticlePage = { article: Article; authors: Author[]; heroImage: Media | null }

/**
 * One published article of a kind by its slug, with the authors and hero image it shows. Careers
 * it compares stay ids here: the comparison reads (and tags) them itself.
 */
const findArticle = publicReadBySlug(
  'article-by-slug',
  (slug) => [cacheTags.articleSlug(slug), cacheTags.authors, cacheTags.media],
  async (reader: ContentReader, slug: string): Promise<ArticlePage | null> => {
    const { docs } = await publicFind(reader, {
      collection: 'articles',
      where: { slug: { equals: slug } },
      populate: { roles: {}, articles: {} },
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
  },
)

export type ArticleWithLinks = ArticlePage & {
  /** Public addresses of the internal links in the article's rich text. */
  links: Record<LinkRef, string>
}

const linksOf = (read: ReadPart, { body, trajectory, closingTake }: Article) =>
  read(resolveLinks, internalLinkRefs(body, trajectory, closingTake))

export type ComparisonSide = { role: Role; salary: LatestSalaryTable | null }

export type Comparison = ArticleWithLinks & {
  first: ComparisonSide
  second: ComparisonSide
  rows: ComparisonRow[]
  /** Aggregates of readers' approved salary reports, by career id. */
  readerFigures: Record<string, CohortFigure[]>
}

const roleIdsOf = (article: Article) =>
  (article.comparedRoles ?? []).map((role) => (typeof role === 'object' ? role.id : role))

/** An editorial comparison with both careers and their latest salary tables for its market. */
export const getComparison = composedRead(
  async (read, slug: string): Promise<Comparison | null> => {
    const found = await read(findArticle, slug)
    if (!found || found.article.kind !== 'comparison') return null
    const { article } = found
    const ids = roleIdsOf(article)
    const [roles, tables, readerFigures, links] = await Promise.all([
      read(findCareersById, ids),
      read(latestSalaryTables, ids, article.market ?? 'IN'),
      read(readerFiguresOf, ids),
      linksOf(read, article),
    ])
    const [firstRole, secondRole] = roles
    // A comparison whose careers are not both public cannot be shown honestly.
    if (roles.length !== 2 || !firstRole || !secondRole) return null
    const salaryOf = (role: Role) => tables.find((t) => String(t.role) === String(role.id)) ?? null
    const first = { role: firstRole, salary: salaryOf(firstRole) }
    const second = { role: secondRole, salary: salaryOf(secondRole) }
    return {
      ...found,
      links,
      first,
      second,
      rows: buildComparisonRows(first, second, article.extraRows ?? []),
      readerFigures,
    }
  },
)

/**
 * The address of the published editorial comparison of two careers, if there is one: a generated
 * comparison of the same pair leads there instead (one page per pair). Refreshed when a comparison of
 * either career is published, unpublished or changed.
 */
export const findEditorialComparisonPath = publicRead(
  'editorial-comparison-of-pair',
  (first: Role['id'], second: Role['id']) => [
    cacheTags.comparisonsOf(first),
    cacheTags.comparisonsOf(second),
  ],
  async (reader: ContentReader, first: Role['id'], second: Role['id']): Promise<string | null> => {
    const { docs } = await publicFind(reader, {
      collection: 'articles',
      where: { and: [{ kind: { equals: 'comparison' } }, { comparedRoles: { in: [first] } }] },
      select: { slug: true, comparedRoles: true },
      sort: '-publishedAt',
      depth: 0,
      pagination: false,
    })
    const ids = (article: (typeof docs)[number]) =>
      (article.comparedRoles ?? []).map((r) => String(typeof r === 'object' ? r.id : r))
    const match = docs.find((article) => article.slug && ids(article).includes(String(second)))
    return match?.slug ? comparisonPath(match.slug) : null
  },
)

/** A published guide with its authors and hero image. */
export const getGuide = composedRead(
  async (read, slug: string): Promise<ArticleWithLinks | null> => {
    const found = await read(findArticle, slug)
    if (!found || found.article.kind !== 'guide') return null
    return { ...found, links: await linksOf(read, found.article) }
  },
)
