import { sameSitePath, SITE_PATHS } from '../paths'
import { authBaseUrl } from '../platform/env'

/** Where next-auth sends a reader after signing in or out: a page on this site, never elsewhere. */
export function safeCallbackUrl(
  url: string | null | undefined,
  baseUrl: string,
  fallback: string = SITE_PATHS.account,
): string {
  const base = new URL(baseUrl)
  return new URL(sameSitePath(url, fallback, base.origin), base).toString()
}

/**
 * The same rule for the `?callbackUrl=` our sign-in page receives — a path from our own links, or the
 * absolute URL next-auth puts there when it sends a reader back after an error.
 */
export function safeCallbackPath(
  url: string | null | undefined,
  fallback: string = SITE_PATHS.account,
): string {
  return sameSitePath(url, fallback, new URL(authBaseUrl()).origin)
}
