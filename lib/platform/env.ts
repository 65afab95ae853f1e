/**
 * Secrets and settings read from the environment. Production fails fast with a message that says
 * what to set; development and tests get fixed, clearly-fake defaults so `npm run dev` needs nothing.
 */

export {
  NEXTAUTH_SECRET_DEV_DEFAULT,
  PAYLOAD_SECRET_DEV_DEFAULT,
  requiredSecret,
  serverHmac,
} from './secrets.mjs'
import {
  NEXTAUTH_SECRET_DEV_DEFAULT,
  PAYLOAD_SECRET_DEV_DEFAULT,
  requiredSecret,
} from './secrets.mjs'

/** The public origin of the site, used for absolute URLs (canonical links, live preview, emails). */
export function serverUrl(): string {
  return (process.env.NEXT_PUBLIC_SERVER_URL ?? 'http://localhost:3000').replace(/\/$/, '')
}

/**
 * Origins whose requests may use a staff member's admin cookie: the public origin, and any other
 * the admin is reached under (ADMIN_ORIGINS, comma-separated — e.g. each instance's own address
 * behind a balancer). Payload ignores the cookie on a request from any other origin (CSRF).
 */
export function adminOrigins(env: Record<string, string | undefined> = process.env): string[] {
  const extra = (env.ADMIN_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim().replace(/\/$/, ''))
    .filter((origin) => /^https?:\/\/[^/\s]+$/.test(origin))
  return [...new Set([serverUrl(), ...extra])]
}

/** The origin next-auth builds its callback URLs on: NEXTAUTH_URL if set, else the public origin. */
export function authBaseUrl(): string {
  return (process.env.NEXTAUTH_URL ?? serverUrl()).replace(/\/$/, '')
}

/** Every origin this site is configured to be reached at: where our own pages' requests come from. */
export function siteOrigins(env: Record<string, string | undefined> = process.env): string[] {
  const originOf = (url: string) => {
    try {
      return new URL(url).origin
    } catch {
      return null
    }
  }
  const configured = [...adminOrigins(env), authBaseUrl()]
    .map(originOf)
    .filter((origin): origin is string => origin !== null)
  // In development the site is opened as localhost or 127.0.0.1 alike (the dev server prints both).
  const twins =
    env.NODE_ENV === 'development'
      ? configured.flatMap((origin) => {
          const url = new URL(origin)
          if (url.hostname !== 'localhost' && url.hostname !== '127.0.0.1') return []
          return ['localhost', '127.0.0.1'].map(
            (host) => `${url.protocol}//${host}${url.port ? `:${url.port}` : ''}`,
          )
        })
      : []
  return [...new Set([...configured, ...twins])]
}
/** Checked at server start (instrumentation.ts), so a misconfigured deployment never serves a page. */
export function assertProductionSecrets(): void {
  requiredSecret('PAYLOAD_SECRET', PAYLOAD_SECRET_DEV_DEFAULT)
  requiredSecret('NEXTAUTH_SECRET', NEXTAUTH_SECRET_DEV_DEFAULT)
}
