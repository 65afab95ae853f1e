/**
 * The layers of the house and what each may import, for ESLint (eslint.config.mjs) and the
 * architecture page (docs/architecture.md). From the top: pages and routes (app), then the
 * components they render, the Payload wiring (payload, collections, blocks), and lib/, the site's
 * own logic, whose domains are ordered too — lower ones never import higher ones, so no two
 * folders can import each other round a circle.
 */

/** lib/ domains from the bottom up: each may import those before it, and lib's loose words. */
export const LIB_DOMAINS = [
  'platform',
  'skills',
  'salaries',
  'comparisons',
  'search',
  'content',
  'readers',
  'seo',
  'auth',
  'editorial',
]

export const layers = [
  { type: 'app-payload', pattern: 'app/\\(payload\\)/**', partialMatch: false },
  { type: 'app', pattern: 'app/**', partialMatch: false },
  { type: 'components', pattern: 'components/**', partialMatch: false },
  { type: 'blocks', pattern: 'blocks/**', partialMatch: false },
  { type: 'collections', pattern: 'collections/**', partialMatch: false },
  { type: 'payload', pattern: 'payload/**', partialMatch: false },
  ...LIB_DOMAINS.map((domain) => ({
    type: `lib-${domain}`,
    pattern: `lib/${domain}/**`,
    partialMatch: false,
  })),
  { type: 'lib-words', pattern: 'lib/*', partialMatch: false },
]

const LIB = ['lib-words', ...LIB_DOMAINS.map((domain) => `lib-${domain}`)]
const may = (from, to) => ({
  from: { element: { type: from } },
  allow: { to: { element: { types: { anyOf: to } } } },
})

export const layerPolicies = [
  may('app-payload', ['payload', 'app-payload', ...LIB]),
  may('app', ['app', 'components', ...LIB]),
  may('components', ['components', 'blocks', ...LIB]),
  may('blocks', ['blocks', ...LIB]),
  may('collections', ['collections', 'blocks', ...LIB]),
  may('payload', ['payload', 'collections', 'blocks', ...LIB]),
  may('lib-words', ['lib-words']),
  ...LIB_DOMAINS.map((domain, i) =>
    may(`lib-${domain}`, ['lib-words', ...LIB_DOMAINS.slice(0, i + 1).map((d) => `lib-${d}`)]),
  ),
]
