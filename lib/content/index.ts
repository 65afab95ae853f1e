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
  pageArticleCards,
} from './articles'
export { type CareerList, getCareerList } from './careerList'
export { type CareerProfile, getCareerProfile } from './careerProfile'
export {
  type CareerCard,
  type CareerChoice,
  findCareerMatches,
  listCareerCards,
  listCareerChoices,
} from './careers'
export { missingPage, type NotFoundSuggestions, notFoundSuggestions } from './missing'
export { getMostCompared, type MostCompared } from './mostCompared'
export { type GeneratedComparison, getComparePage } from './pairs'
export { findRedirect } from './redirects'
export { getSalaryExplorer, listCareerPay, type SalaryExplorer } from './salaries'
export { type SearchHit, searchSite } from './search'
export { getSitemapSources, type SitemapEntry } from './sitemap'
