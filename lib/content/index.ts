/**
 * What public pages read, each read under one name with its cache policy beside it (./read.ts).
 * Every read goes through publicFind: anonymous, published only. Tests call `read.uncached(reader,
 * …)` to run the same query against their own database.
 */
export {
  type ArticleCard,
  type Comparison,
  getComparison,
  getGuide,
  listArticleCards,
} from './articles'
export { getRoleProfile, listRoleCards, type RoleCard, type RoleProfile } from './careers'
export { findRedirect, redirectOrNotFound } from './redirects'
export { type SearchHit, searchSite } from './search'
export { listSitemapEntries, type SitemapEntry } from './sitemap'
