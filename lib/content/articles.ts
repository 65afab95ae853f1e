import type { Where } from 'payload'

import type { Article, Author, Media, Role, SalaryTable } from '@/payload-types'

import { buildComparisonRows, type ComparisonRow } from '../comparison'
import { CONTENT_TAGS } from '../revalidate'
import { type ContentReader, publicFind } from './publicFind'
import { publicRead, publicReadBySlug } from './read'
import { latestSalaryTables } from './salaryTables'
import { visible } from './visible'

const { roles, articles, media, authors } = CONTENT_TAGS
const salaries = CONTENT_TAGS['salary-tables']

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

/** Published articles, newest first: of one kind, or comparing one career. */
export const listArticleCards = publicRead(
  'article-cards',
  [articles, roles],
  async (
    reader: ContentReader,
    { kind, comparing, limit = 100 }: ArticleListOptions = {},
  ): Promise<ArticleCard[]> => {
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
    return docs
      .map((article) => ({ ...article, comparedRoles: visible<Role>(article.comparedRoles) }))
      .filter(listable)
  },
)

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

export type ComparisonSide = { role: Role; salary: SalaryTable | null }

export type Comparison = {
  article: Article
  authors: Author[]
  heroImage: Media | null
  first: ComparisonSide
  second: ComparisonSide
  rows: ComparisonRow[]
}

/** An editorial comparison with both careers and their latest salary tables for its market. */
export const getComparison = publicReadBySlug(
  'comparison',
  [articles, roles, salaries, media, authors],
  async (reader: ContentReader, slug: string): Promise<Comparison | null> => {
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
  },
)

/** A published guide with its authors and hero image. */
export const getGuide = publicReadBySlug(
  'guide',
  [articles, media, authors],
  (reader: ContentReader, slug: string) => findArticle(reader, slug, 'guide'),
)
