import { createHmac, timingSafeEqual } from 'node:crypto'

import { NEXTAUTH_SECRET_DEV_DEFAULT, requiredSecret, serverUrl } from '../env'
import { SITE_PATHS } from '../paths'

/**
 * The unsubscribe link in a digest works without signing in: it carries the reader's id and a MAC
 * of it under the site's secret, so only a link the site sent can stop a reader's email. It never
 * expires (an old email's link must still work) and does nothing but turn the digest off.
 */
const PURPOSE = 'weekly-digest-unsubscribe'

const mac = (readerId: string) =>
  createHmac('sha256', requiredSecret('NEXTAUTH_SECRET', NEXTAUTH_SECRET_DEV_DEFAULT))
    .update(`${PURPOSE}:${readerId}`)
    .digest('base64url')

export const unsubscribeToken = (readerId: string | number) =>
  `${readerId}.${mac(String(readerId))}`

/** The reader a token names, or null for anything the site did not sign. */
export function readerOfUnsubscribeToken(token: unknown): string | null {
  if (typeof token !== 'string' || token.length > 200) return null
  const dot = token.lastIndexOf('.')
  const readerId = token.slice(0, dot)
  if (dot < 1 || !/^[A-Za-z0-9_-]{1,64}$/.test(readerId)) return null
  const given = Buffer.from(token.slice(dot + 1))
  const expected = Buffer.from(mac(readerId))
  return given.length === expected.length && timingSafeEqual(given, expected) ? readerId : null
}

/** The page a reader opens from the email, and the address mail clients POST to (RFC 8058). */
export function unsubscribeUrls(readerId: string | number) {
  const token = encodeURIComponent(unsubscribeToken(readerId))
  return {
    page: `${serverUrl()}${SITE_PATHS.unsubscribe}?token=${token}`,
    oneClick: `${serverUrl()}${SITE_PATHS.unsubscribeOneClick}?token=${token}`,
  }
}
