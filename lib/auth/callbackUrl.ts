/**
 * Where to send a reader after signing in or out: a path on this site, never elsewhere (an open
 * redirect would let a phishing link borrow our sign-in page). Anything else falls back to `fallback`.
 */
export function safeCallbackUrl(url: string | null | undefined, baseUrl: string, fallback = '/account'): string {
  const base = new URL(baseUrl)
  if (!url) return new URL(fallback, base).toString()
  // Protocol-relative ("//evil.example") and backslash tricks parse as other hosts below.
  try {
    const target = new URL(url, base)
    if (target.origin === base.origin && (target.protocol === 'http:' || target.protocol === 'https:')) return target.toString()
  } catch {
    // not a URL: fall through
  }
  return new URL(fallback, base).toString()
}

/** The same rule for the path a page puts into `?callbackUrl=`. */
export function safeCallbackPath(url: string | null | undefined, fallback = '/account'): string {
  const origin = 'http://careerscope.invalid'
  const target = new URL(safeCallbackUrl(url, origin, fallback))
  return `${target.pathname}${target.search}${target.hash}`
}
