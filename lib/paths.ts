/**
 * Every public URL of the site, built in one place: pages, share cards, feeds and the reader's own
 * pages. Nothing else spells a path, so a change of URL scheme is a change here.
 */

/** Pages whose address does not depend on content. */
export const SITE_PATHS = {
  home: '/',
  careers: '/careers',
  compare: '/compare',
  comparePick: '/compare/pick',
  /** The compare pickers' suggestions as JSON, for a typed name (?q=). */
  compareMatches: '/compare/pick/matches.json',
  /** The 404's suggestions as JSON, for the 404 shown in the browser. */
  notFoundSuggestions: '/site/suggestions.json',
  salaries: '/salaries',
  contribute: '/salaries/contribute',
  takeHome: '/salaries/take-home',
  /** The take-home calculator's answer as JSON, for the same parameters. */
  takeHomeData: '/salaries/take-home.json',
  search: '/search',
  account: '/account',
  accountDeleted: '/account/deleted',
  signIn: '/account/sign-in',
  checkEmail: '/account/check-email',
  unsubscribe: '/account/unsubscribe',
  unsubscribeOneClick: '/api/reader/digest/unsubscribe',
  feed: '/feed.xml',
  sitemap: '/sitemap.xml',
} as const

/**
 * The query-string keys of the careers list's views (lib/search/careerList.ts): `/careers` with
 * none of them is the default view, kept in the route cache (lib/platform/routing.ts).
 */
export const CAREER_LIST_KEYS = ['demand', 'entry', 'sort', 'page'] as const

/** The query-string key of the later pages of editors' comparisons on `/compare`. */
export const COMPARISON_LIST_KEYS = ['page'] as const

/** The salary report form, with a career chosen when the reader came from its profile. */
export function contributePath(careerId?: number | string): string {
  return careerId === undefined
    ? SITE_PATHS.contribute
    : `${SITE_PATHS.contribute}?career=${careerId}`
}

/** The take-home calculator, with a yearly CTC filled in when one is given. */
export function takeHomePath(ctc?: number): string {
  return ctc === undefined ? SITE_PATHS.takeHome : `${SITE_PATHS.takeHome}?ctc=${Math.round(ctc)}`
}

export function rolePath(slug: string): string {
  return `/careers/${slug}`
}

/** Where a career's readers can move, at a pace other than the default when one is given. */
export function movesPath(slug: string, pace?: number): string {
  return `${rolePath(slug)}/moves${pace ? `?pace=${pace}` : ''}`
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

/** Characters no address we send anyone to may hold: browsers drop tabs and newlines, read `\` as `/`. */
const UNSAFE_IN_URL = /[\u0000-\u001f\u007f\\]/

/** Resolves bare paths when no origin is given: only the comparison of origins depends on it. */
const PLACEHOLDER_ORIGIN = 'https://same-site.invalid'

/**
 * A path on this site to send someone to, or `fallback`: never a URL that leaves the site (an open
 * redirect would let a phishing link borrow our pages). The value is resolved against the site's
 * origin the way a browser would, and only a same-origin result is kept, as a path; an absolute URL
 * on `origin` becomes its path. Control characters and backslashes are refused before resolving,
 * because browsers drop or rewrite them (`/<TAB>/evil.example` becomes `//evil.example`).
 */
export function sameSitePath(
  value: string | null | undefined,
  fallback: string,
  origin: string = PLACEHOLDER_ORIGIN,
): string {
  if (!value || UNSAFE_IN_URL.test(value)) return fallback
  let url: URL
  let site: URL
  try {
    site = new URL(origin)
    url = new URL(value, site)
  } catch {
    return fallback
  }
  if (url.origin !== site.origin) return fallback
  const path = `${url.pathname}${url.search}${url.hash}`
  // "https://site//evil.example" keeps a path a browser would read as another host.
  return path.startsWith('//') ? fallback : path
}

/**
 * Where a redirect may send readers: a path on this site, or an https URL elsewhere. Editors set
 * these (Settings → Redirects); anything else (javascript:, http:, //host, control characters) is
 * refused with the reason.
 */
export function redirectTargetProblem(value: unknown): string | null {
  if (typeof value !== 'string' || !value) return 'Give the address to send readers to, as text.'
  if (UNSAFE_IN_URL.test(value) || /\s/.test(value)) {
    return 'The address must not contain spaces, tabs, newlines or backslashes.'
  }
  if (value.startsWith('/')) {
    return sameSitePath(value, '') === value ? null : 'Use a path on this site, like /careers/sre.'
  }
  try {
    return new URL(value).protocol === 'https:'
      ? null
      : 'Use a path on this site (/careers/sre) or an https:// address.'
  } catch {
    return 'Use a path on this site (/careers/sre) or a full https:// address.'
  }
}

/** Where a redirect may come from: a plain path on this site. */
export function redirectSourceProblem(value: unknown): string | null {
  if (typeof value !== 'string' || !value.startsWith('/') || sameSitePath(value, '') !== value) {
    return 'Use the old address as a path on this site, starting with /, like /careers/site-reliability.'
  }
  return null
}

/** Link schemes an editor may use in rich text; anything else (javascript:, data:, file:…) is refused. */
const LINK_SCHEMES = new Set(['https:', 'http:', 'mailto:', 'tel:'])

/** Why a rich-text link address is refused, or null: https, http, mailto, tel, or a path here. */
export function linkUrlProblem(value: unknown): string | null {
  if (typeof value !== 'string' || !value) return 'Give the link an address, as text.'
  if (UNSAFE_IN_URL.test(value) || /\s/.test(value)) {
    return 'A link address must not contain spaces, tabs, newlines or backslashes.'
  }
  if (/^[/#?]/.test(value))
    return value.startsWith('//') ? 'Write the full https:// address.' : null
  try {
    const { protocol } = new URL(value)
    return LINK_SCHEMES.has(protocol)
      ? null
      : `"${protocol}" links are not allowed: use https://, http://, mailto:, tel: or a path on this site.`
  } catch {
    return 'Write a full address (https://…), an email link (mailto:…), a phone link (tel:…) or a path on this site (/careers/…).'
  }
}

/** A document's edit view in the admin. */
export function adminDocPath(collection: string, id: number | string): string {
  return `/admin/collections/${collection}/${id}`
}
