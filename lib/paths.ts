/**
 * Every public URL of the site, built in one place: pages, share cards, feeds and the reader's own
 * pages. Nothing else spells a path, so a change of URL scheme is a change here.
 */

/** Pages whose address does not depend on content. */
export const SITE_PATHS = {
  home: '/',
  careers: '/careers',
  compare: '/compare',
  search: '/search',
  account: '/account',
  accountDeleted: '/account/deleted',
  signIn: '/account/sign-in',
  checkEmail: '/account/check-email',
  feed: '/feed.xml',
  sitemap: '/sitemap.xml',
} as const

export function rolePath(slug: string): string {
  return `/careers/${slug}`
}

export function comparisonPath(slug: string): string {
  return `/compare/${slug}`
}

export function guidePath(slug: string): string {
  return `/guides/${slug}`
}

export function articlePath(article: {
  slug?: string | null
  kind?: string | null
}): string | null {
  if (!article.slug) return null
  return article.kind === 'guide' ? guidePath(article.slug) : comparisonPath(article.slug)
}

/** The page of a document of any public collection, or null for one with no page (no slug yet). */
export function publicPath(
  collection: string | undefined,
  doc: { slug?: string | null; kind?: string | null },
): string | null {
  if (!doc.slug) return null
  if (collection === 'roles') return rolePath(doc.slug)
  if (collection === 'articles') return articlePath(doc)
  return null
}

/** Generated share images (app/(frontend)/og/…), at stable URLs that meta tags and JSON-LD both name. */
export const shareCardPaths = {
  site: () => '/og/site',
  comparison: (slug: string) => `/og/compare/${slug}`,
  career: (slug: string) => `/og/careers/${slug}`,
}

/** One numbered file of a sitemap split past 50,000 URLs. */
export function sitemapFilePath(index: number): string {
  return `/sitemaps/${index}.xml`
}

export function searchPath(query?: string): string {
  return query ? `${SITE_PATHS.search}?q=${encodeURIComponent(query)}` : SITE_PATHS.search
}

/** The reader sign-in page, returning to `callbackPath` afterwards. */
export function signInPath(callbackPath: string): string {
  return `${SITE_PATHS.signIn}?callbackUrl=${encodeURIComponent(callbackPath)}`
}

/** The draft-preview route the admin opens (it checks for a staff session) and its way out. */
export function previewPath(path: string): string {
  return `/preview?path=${encodeURIComponent(path)}`
}

export const PREVIEW_EXIT_PATH = '/preview/exit'

/**
 * A path on this site to send someone to, or `fallback`: never a URL that leaves the site (an open
 * redirect would let a phishing link borrow our pages). An absolute URL on `origin` becomes its path.
 */
export function sameSitePath(
  value: string | null | undefined,
  fallback: string,
  origin?: string,
): string {
  let path = value ?? ''
  if (origin && (path === origin || path.startsWith(`${origin}/`)))
    path = path.slice(origin.length) || '/'
  if (!path.startsWith('/') || path.startsWith('//') || path.includes('\\')) return fallback
  return path
}
