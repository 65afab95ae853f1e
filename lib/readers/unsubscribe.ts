import { createHmac, timingSafeEqual } from 'node:crypto'

import { SITE_PATHS } from '../paths'
import { NEXTAUTH_SECRET_DEV_DEFAULT, requiredSecret, serverUrl } from '../platform/env'

/**
 * The unsubscribe link in a digest works without signing in: it carries the reader's id and a MAC
 * of it under the site's secret, so only a link the site sent can stop a reader's email. The MAC
 * covers when the account was made too, so a link from an old email never reaches a later account
 * that happens to get the same id. It does not expire (an old email's link must still work) and
 * does nothing but turn the digest off.
 */
const PURPOSE = 'weekly-digest-unsubscribe'

type Account = { id: string | number; createdAt: string }

const mac = ({ id, createdAt }: Account) =>
  createHmac('sha256', requiredSecret('NEXTAUTH_SECRET', NEXTAUTH_SECRET_DEV_DEFAULT))
    .update(`${PURPOSE}:${id}:${createdAt}`)
    .digest('base64url')

export const unsubscribeToken = (reader: Account) => `${reader.id}.${mac(reader)}`

/** The reader id a token names, before checking it; null for anything not shaped like one. */
export function tokenReaderId(token: unknown): string | null {
  if (typeof token !== 'string' || token.length > 200) return null
  const dot = token.lastIndexOf('.')
  const id = token.slice(0, dot)
  return dot > 0 && /^[A-Za-z0-9_-]{1,64}$/.test(id) ? id : null
}

/** Whether the site made this token for this account. */
export function tokenMatches(token: string, reader: Account): boolean {
  const given = Buffer.from(token.slice(token.lastIndexOf('.') + 1))
  const expected = Buffer.from(mac(reader))
  return (
    tokenReaderId(token) === String(reader.id) &&
    given.length === expected.length &&
    timingSafeEqual(given, expected)
  )
}

/** The page a reader opens from the email, and the address mail clients POST to (RFC 8058). */
export function unsubscribeUrls(reader: Account) {
  const token = encodeURIComponent(unsubscribeToken(reader))
  return {
    page: `${serverUrl()}${SITE_PATHS.unsubscribe}?token=${token}`,
    oneClick: `${serverUrl()}${SITE_PATHS.unsubscribeOneClick}?token=${token}`,
  }
}
