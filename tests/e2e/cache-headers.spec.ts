import fs from 'node:fs'
import path from 'node:path'

import { expect, test } from '@playwright/test'

import { staffToken } from './admin'

/**
 * Every route of the built app answers a Cache-Control a shared cache (a CDN, Varnish) can act on
 * safely: public pages identical for everyone are shareable; anything that reads a session, a cookie
 * or the query for personal data is `private, no-store`; 404s and editors' redirects are shareable
 * for minutes, not a year. The routes come from Next's own manifest of the build, so a route added
 * later fails here until it is given a class and a sample address.
 */

const BUILD = process.env.NEXT_DIST_DIR || '.next-e2e'

type Class = 'shared' | 'private' | 'missing'
type Sample = {
  path: string
  method?: 'GET' | 'POST'
  body?: unknown
  headers?: Record<string, string>
}

const EXPECTED: Record<Class, RegExp> = {
  shared: /^public, s-maxage=\d+, stale-while-revalidate=\d+$/,
  private: /^private, no-store$/,
  // Next's own header for the catch-all's five-minute revalidate, or ours for its internal pages.
  missing: /^(public, )?s-maxage=300, stale-while-revalidate=\d+$/,
}

const get = (...paths: string[]): Sample[] => paths.map((p) => ({ path: p }))

/** Each route of the manifest: its class and the addresses that reach it. */
const ROUTES: Record<string, { class: Class; samples: Sample[] }> = {
  '/[...missing]': { class: 'missing', samples: get('/no-such-page', '/a/b/c', '/old-cache-test') },
  '/_global-error': { class: 'missing', samples: get('/_global-error') },
  '/_not-found': { class: 'missing', samples: get('/_not-found') },
  '/account': { class: 'private', samples: get('/account') },
  '/account/check-email': { class: 'private', samples: get('/account/check-email') },
  '/account/deleted': { class: 'private', samples: get('/account/deleted') },
  '/account/sign-in': { class: 'private', samples: get('/account/sign-in?callbackUrl=%2Faccount') },
  '/account/unsubscribe': { class: 'private', samples: get('/account/unsubscribe?token=forged') },
  '/admin/[[...segments]]': { class: 'private', samples: get('/admin', '/admin/login') },
  '/api/[...slug]': {
    class: 'private',
    samples: [
      ...get('/api/users/me', '/api/salary-reports', '/api/roles?depth=0', '/api/no-such-thing'),
      { path: '/api/users/login', method: 'POST', body: { email: 'x@y.test', password: 'wrong' } },
    ],
  },
  '/api/auth/[...nextauth]': {
    class: 'private',
    samples: get('/api/auth/session', '/api/auth/providers', '/api/auth/csrf'),
  },
  '/api/graphql': {
    class: 'private',
    samples: [{ path: '/api/graphql', method: 'POST', body: { query: '{ __typename }' } }],
  },
  '/api/graphql-playground': { class: 'private', samples: get('/api/graphql-playground') },
  '/api/health': { class: 'private', samples: get('/api/health') },
  '/api/reader/digest/unsubscribe': {
    class: 'private',
    samples: [{ path: '/api/reader/digest/unsubscribe?token=forged', method: 'POST' }],
  },
  '/api/reader/export': { class: 'private', samples: get('/api/reader/export') },
  '/api/reader/learned': {
    class: 'private',
    samples: [{ path: '/api/reader/learned', method: 'POST', body: { done: [] } }],
  },
  '/api/reader/notes': { class: 'private', samples: get('/api/reader/notes') },
  '/api/reader/preferences': { class: 'private', samples: get('/api/reader/preferences') },
  '/api/reader/progress': { class: 'private', samples: get('/api/reader/progress') },
  '/api/reader/saves': { class: 'private', samples: get('/api/reader/saves') },
  '/api/reader/seen': { class: 'private', samples: [{ path: '/api/reader/seen', method: 'POST' }] },
  '/api/reader/state': {
    class: 'private',
    samples: get('/api/reader/state?collection=roles&id=1'),
  },
  '/apple-icon.png': { class: 'shared', samples: get('/apple-icon.png') },
  '/careers/[slug]': {
    class: 'shared',
    samples: get('/careers/devops-engineer', '/careers/no-such-career'),
  },
  '/careers/[slug]/moves': {
    class: 'shared',
    samples: get('/careers/devops-engineer/moves', '/careers/no-such-career/moves'),
  },
  // Another pace, rendered per request (a rewrite); a pace not offered is sent to the page.
  '/careers/[slug]/moves/pace': {
    class: 'shared',
    samples: get(
      '/careers/devops-engineer/moves?pace=12',
      '/careers/devops-engineer/moves?pace=13',
    ),
  },
  '/compare/[slug]': {
    class: 'shared',
    samples: get(
      '/compare/backend-developer-vs-devops-engineer',
      '/compare/backend-developer-vs-frontend-developer',
      '/compare/frontend-developer-vs-backend-developer',
      '/compare/no-such-pair',
    ),
  },
  '/compare/pick': {
    class: 'shared',
    samples: get('/compare/pick?a=backend-developer&b=data-engineer'),
  },
  '/compare/pick/matches.json': {
    class: 'shared',
    samples: get('/compare/pick/matches.json?q=data', '/compare/pick/matches.json'),
  },
  '/favicon.ico': { class: 'shared', samples: get('/favicon.ico') },
  '/feeds/[feed]': { class: 'shared', samples: get('/feed.xml', '/feeds/no-such-feed.xml') },
  '/guides/[slug]': { class: 'shared', samples: get('/guides/no-such-guide') },
  '/icon.svg': { class: 'shared', samples: get('/icon.svg') },
  '/og/careers/[slug]': { class: 'shared', samples: get('/og/careers/devops-engineer') },
  '/og/compare/[slug]': {
    class: 'shared',
    samples: get('/og/compare/backend-developer-vs-devops-engineer'),
  },
  '/og/site': { class: 'shared', samples: get('/og/site') },
  '/preview': { class: 'private', samples: get('/preview?path=%2Fcareers%2Fdevops-engineer') },
  '/preview/exit': { class: 'private', samples: get('/preview/exit?path=%2F') },
  '/robots.txt': { class: 'shared', samples: get('/robots.txt') },
  '/salaries': { class: 'shared', samples: get('/salaries', '/salaries?level=senior') },
  '/salaries/[file]': {
    class: 'shared',
    samples: get('/salaries/data.csv', '/salaries/data.json?level=mid', '/salaries/no-such-file'),
  },
  '/salaries/take-home': {
    class: 'shared',
    samples: get(
      '/salaries/take-home',
      '/salaries/take-home?ctc=18.5+LPA',
      '/salaries/take-home?ctc=x',
    ),
  },
  // Computed from the query alone: a refusal (400) is the same for everyone too.
  '/salaries/take-home.json': {
    class: 'shared',
    samples: get('/salaries/take-home.json?ctc=1850000', '/salaries/take-home.json?ctc=x'),
  },
  '/salaries/contribute': {
    class: 'private',
    samples: get('/salaries/contribute', '/salaries/contribute?edit=1'),
  },
  '/search': { class: 'private', samples: get('/search?q=devops') },
  '/site/[page]': { class: 'shared', samples: get('/', '/careers', '/compare') },
  '/site/careers-list': {
    class: 'shared',
    // A view, and a form's empty fields sent on to the view's own address.
    samples: get('/careers?sort=pay-desc', '/careers?demand=high&entry=&sort=name'),
  },
  '/site/suggestions.json': { class: 'shared', samples: get('/site/suggestions.json') },
  '/site/compare-list': {
    class: 'shared',
    samples: get('/compare?page=2', '/compare?page=1'),
  },
  '/sitemaps/[file]': { class: 'shared', samples: get('/sitemap.xml', '/sitemaps/0.xml') },
}

/** Other addresses whose answer must be private whatever the path: personal by their request. */
const PRIVATE_BY_REQUEST: Sample[] = [
  // A forged draft-mode cookie: without the rule, Next would mark its route-cache hit shareable for a year.
  { path: '/', headers: { cookie: '__prerender_bypass=forged' } },
  { path: '/careers/devops-engineer', headers: { cookie: '__prerender_bypass=forged' } },
  // Next answers a request with its RSC header but no `_rsc` key by that header alone.
  { path: '/careers/devops-engineer', headers: { rsc: '1' } },
]

function manifest(): string[] {
  const file = path.join(BUILD, 'app-path-routes-manifest.json')
  return Object.values(JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>)
}

test('every route of the build answers a Cache-Control of its class', async ({ request }) => {
  const routes = manifest()
  expect(routes.length).toBeGreaterThan(30)
  // A route added without a class fails here; so does a class left for a route that is gone.
  expect([...routes].sort()).toEqual(Object.keys(ROUTES).sort())

  // An editor's redirect is served by the catch-all, like a 404.
  const token = await staffToken(request)
  const redirect = await request.post('/api/redirects', {
    headers: { authorization: `JWT ${token}` },
    data: { from: '/old-cache-test', to: { type: 'custom', url: '/careers' }, type: '308' },
  })
  expect(redirect.ok()).toBe(true)

  const seen: string[] = []
  for (const [route, { class: kind, samples }] of Object.entries(ROUTES)) {
    for (const sample of [...samples, ...samples]) {
      const response = await request.fetch(sample.path, {
        method: sample.method ?? 'GET',
        data: sample.body,
        headers: sample.headers,
        maxRedirects: 0,
      })
      const value = response.headers()['cache-control'] ?? '(none)'
      seen.push(`${response.status()} ${sample.path}: ${value}`)
      expect(
        value,
        `${route} ${sample.method ?? 'GET'} ${sample.path} (${response.status()})`,
      ).toMatch(EXPECTED[kind])
    }
  }
  for (const sample of PRIVATE_BY_REQUEST) {
    const response = await request.get(sample.path, { headers: sample.headers, maxRedirects: 0 })
    expect(response.headers()['cache-control'], JSON.stringify(sample)).toBe('private, no-store')
  }
  console.log(`[cache-headers] ${seen.length} answers checked:\n${seen.join('\n')}`)
})

test('next.config redirects from internal routes are permanent, to the public address', async ({
  request,
}) => {
  const { redirects } = JSON.parse(
    fs.readFileSync(path.join(BUILD, 'routes-manifest.json'), 'utf8'),
  ) as { redirects: { source: string; destination: string; internal?: boolean }[] }
  const ours = redirects.filter((r) => !r.internal)
  expect(ours.length).toBeGreaterThan(0)
  for (const { source, destination } of ours) {
    const response = await request.get(source, { maxRedirects: 0 })
    expect(response.status(), source).toBe(308)
    expect(response.headers().location, source).toBe(destination)
  }
})
