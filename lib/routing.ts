import { SITE_PATHS } from './paths'

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

export const rewrites = () =>
  INTERNAL_ROUTES.map(({ path, route }) => ({ source: path, destination: route }))

/** The internal addresses are not pages of their own: they send readers to the public one. */
export const redirects = () =>
  INTERNAL_ROUTES.map(({ path, route }) => ({ source: route, destination: path, permanent: true }))

/** Public pages every reader gets the same bytes of: a CDN may keep them briefly. */
export const SHARED_CACHE_PATHS = [
  '/',
  '/careers',
  '/careers/:slug',
  '/compare',
  '/compare/:slug',
  '/guides/:slug',
  // Rendered per request (filters are in the query string), the same bytes for every reader.
  '/salaries',
  '/salaries/:file',
  '/sitemap.xml',
  '/sitemaps/:file',
  '/feed.xml',
  '/og/:path*',
  '/robots.txt',
]

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
