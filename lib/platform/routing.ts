import { CAREER_LIST_KEYS, COMPARISON_LIST_KEYS, SITE_PATHS } from '../paths'

/**
 * How public URLs reach the routes that serve them, for next.config.ts. Pages with no parameter of
 * their own are served by dynamic routes with nothing to build (app/(frontend)/site/[page],
 * sitemaps/[file], feeds/[feed]), so that no page is rendered during `next build`: each renders on
 * its first request and is then served from the route cache until what it shows changes.
 */
export const INTERNAL_ROUTES = [
  { path: SITE_PATHS.home, route: '/site/home' },
  { path: SITE_PATHS.careers, route: '/site/careers' },
  { path: SITE_PATHS.compare, route: '/site/compare' },
  { path: SITE_PATHS.sitemap, route: '/sitemaps/index.xml' },
  { path: SITE_PATHS.feed, route: '/feeds/rss.xml' },
] as const

/**
 * Pages whose default view is served from the route cache (above) and whose other views — filters,
 * order, later pages, in the query string — are rendered per request by another route.
 */
export const QUERY_ROUTES = [
  { path: SITE_PATHS.careers, keys: CAREER_LIST_KEYS, route: '/site/careers-list' },
  { path: SITE_PATHS.compare, keys: COMPARISON_LIST_KEYS, route: '/site/compare-list' },
] as const

/** The same for pages with a parameter in their path: a career's moves at another pace. */
export const PARAM_QUERY_ROUTES = [
  { path: '/careers/:slug/moves', keys: ['pace'], route: '/careers/:slug/moves/pace' },
] as const

/** Query routes first: a rewrite's `has` is checked in order, and the first match wins. */
export const rewrites = () => [
  ...[...PARAM_QUERY_ROUTES, ...QUERY_ROUTES].flatMap(({ path, keys, route }) =>
    keys.map((key) => ({
      source: path,
      has: [{ type: 'query' as const, key }],
      destination: route,
    })),
  ),
  ...INTERNAL_ROUTES.map(({ path, route }) => ({ source: path, destination: route })),
]

/** The internal addresses are not pages of their own: they send readers to the public one. */
export const redirects = () =>
  [...INTERNAL_ROUTES, ...QUERY_ROUTES, ...PARAM_QUERY_ROUTES].map(({ path, route }) => ({
    source: route,
    destination: path,
    permanent: true,
  }))

/**
 * Public pages every reader gets the same bytes of: a CDN may keep them briefly. Each path is listed
 * exactly — a pattern such as `/salaries/:file` would also match `/salaries/contribute`.
 */
export const SHARED_CACHE_PATHS = [
  '/',
  '/careers',
  '/careers/:slug',
  '/careers/:slug/moves',
  '/compare',
  '/compare/:slug',
  '/compare/pick/matches.json',
  '/site/suggestions.json',
  '/guides/:slug',
  // Rendered per request (filters are in the query string), the same bytes for every reader.
  '/salaries',
  '/salaries/data.csv',
  '/salaries/data.json',
  // Computed from the query string alone.
  '/salaries/take-home',
  '/salaries/take-home.json',
  '/sitemap.xml',
  '/sitemaps/:file',
  '/feed.xml',
  '/og/:path*',
  '/robots.txt',
  '/icon.svg',
  '/apple-icon.png',
  '/favicon.ico',
]

/**
 * Uploaded images, inside the private /api: media has no drafts and every image is readable by
 * anyone, so they are shared like pages (a rule after the private ones).
 */
export const SHARED_API_PATHS = ['/api/media/file/:path*']

/**
 * What is personal, or reads a session, a cookie or the query for personal data: never stored by a
 * shared cache, whatever its status (a sign-in redirect included). Payload's REST, GraphQL and admin
 * answers carry no Cache-Control of their own.
 */
export const PRIVATE_PATHS = [
  '/account',
  '/account/:path*',
  '/salaries/contribute',
  '/search',
  '/preview',
  '/preview/:path*',
  '/admin',
  '/admin/:path*',
  '/api/:path*',
]

/** Next's internal error pages, if asked for by name: the same for everyone, never worth keeping long. */
export const INTERNAL_ERROR_PATHS = ['/_not-found', '/_global-error']

/**
 * How long a shared cache may keep an answer that is the same for everyone but should not live long:
 * a 404, an editor's redirect. app/(frontend)/[...missing]/page.tsx repeats it as a literal (Next reads
 * `revalidate` before any import runs); tests/e2e/cache-headers.spec.ts checks both.
 */
export const MISSING_PAGE_SECONDS = 300

export const PRIVATE_CACHE_CONTROL = 'private, no-store'

type Env = Record<string, string | undefined>

/**
 * How long a shared cache (a CDN) may keep a public page: PUBLIC_CACHE_SECONDS (default 60), then
 * serve it stale for up to ten times that while it fetches a fresh copy. The server itself is the
 * source of freshness: it re-renders a page within moments of a publish; a CDN in front adds up to
 * this lifetime before readers see the change.
 */
export function sharedCacheControl(env: Env): string {
  const seconds = Number(env.PUBLIC_CACHE_SECONDS ?? 60)
  const maxAge = Number.isInteger(seconds) && seconds >= 0 ? seconds : 60
  return `public, s-maxage=${maxAge}, stale-while-revalidate=${maxAge * 10}`
}

/** 404s and internal error pages: shared, for a few minutes. */
export const missingPageCacheControl = () =>
  `public, s-maxage=${MISSING_PAGE_SECONDS}, stale-while-revalidate=${MISSING_PAGE_SECONDS}`

type Rule = {
  source: string
  has?: { type: 'cookie' | 'header' | 'query'; key: string }[]
  missing?: { type: 'cookie' | 'header' | 'query'; key: string }[]
  headers: { key: string; value: string }[]
}

const cacheControl = (value: string) => [{ key: 'Cache-Control', value }]

/** Draft previews (Next's draft-mode cookie) are per person: never marked shareable. */
const PREVIEW_COOKIE = { type: 'cookie' as const, key: '__prerender_bypass' }

/**
 * Cache-Control for every path, as next.config.ts headers. A header set here wins over Next's own,
 * whatever the status; for the same key a later rule replaces an earlier one, so the order is:
 * shared public pages, then private paths, then the public files inside /api, then anything with a
 * preview cookie (real or forged:
 * otherwise Next would mark its route-cache hit shareable for a year), then a request that Next
 * answers from its RSC header alone. Addresses no route owns are answered by the catch-all page,
 * which sets its own short lifetime.
 */
export function cacheControlRules(env: Env): Rule[] {
  const shared = (source: string) => ({
    source,
    missing: [PREVIEW_COOKIE],
    headers: cacheControl(sharedCacheControl(env)),
  })
  return [
    ...SHARED_CACHE_PATHS.map(shared),
    ...INTERNAL_ERROR_PATHS.map((source) => ({
      source,
      headers: cacheControl(missingPageCacheControl()),
    })),
    ...PRIVATE_PATHS.map((source) => ({ source, headers: cacheControl(PRIVATE_CACHE_CONTROL) })),
    ...SHARED_API_PATHS.map(shared),
    { source: '/:path*', has: [PREVIEW_COOKIE], headers: cacheControl(PRIVATE_CACHE_CONTROL) },
    // A request with Next's RSC header but no `_rsc` key is answered with a redirect that depends on
    // that header alone: a CDN keying on the URL must not keep it for the page's readers.
    {
      source: '/:path*',
      has: [{ type: 'header', key: 'rsc' }],
      missing: [{ type: 'query', key: '_rsc' }],
      headers: cacheControl(PRIVATE_CACHE_CONTROL),
    },
  ]
}

type HeaderRule = { source: string; headers: { key: string; value: string }[] }

const CLIENT_HINTS = new Set(['accept-ch', 'critical-ch', 'vary'])

/**
 * Payload's withPayload adds client-hint headers (for the admin's colour scheme) to every path; on
 * public pages they only make Chromium retry a first navigation. Keep them on /admin.
 */
export function clientHintsForAdminOnly<Rule extends HeaderRule>(rules: Rule[]): Rule[] {
  return rules.flatMap((rule) => {
    const hints = rule.headers.filter((h) => CLIENT_HINTS.has(h.key.toLowerCase()))
    if (rule.source !== '/:path*' || hints.length === 0) return [rule]
    const rest = rule.headers.filter((h) => !CLIENT_HINTS.has(h.key.toLowerCase()))
    return [
      ...(rest.length ? [{ ...rule, headers: rest }] : []),
      { ...rule, source: '/admin/:path*', headers: hints },
      { ...rule, source: '/admin', headers: hints },
    ]
  })
}
