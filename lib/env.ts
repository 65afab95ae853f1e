/**
 * Secrets and settings read from the environment. Production fails fast with a message that says
 * what to set; development and tests get fixed, clearly-fake defaults so `npm run dev` needs nothing.
 */

const isProductionRuntime = () =>
  process.env.NODE_ENV === 'production' &&
  // `next build` evaluates the config to collect pages; the running server is where a secret matters.
  process.env.NEXT_PHASE !== 'phase-production-build'

export function requiredSecret(name: string, devDefault: string): string {
  const value = process.env[name]
  if (value && value.length > 0) {
    if (isProductionRuntime() && value.length < 32) {
      throw new Error(
        `${name} must be at least 32 characters in production (generate one with \`openssl rand -hex 32\`).`,
      )
    }
    return value
  }
  if (isProductionRuntime()) {
    throw new Error(
      `${name} is not set. Production refuses to start without it: generate one with \`openssl rand -hex 32\` and set ${name}.`,
    )
  }
  return devDefault
}

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

export const PAYLOAD_SECRET_DEV_DEFAULT = 'dev-only-payload-secret-not-for-production'
export const NEXTAUTH_SECRET_DEV_DEFAULT = 'dev-only-nextauth-secret-not-for-production'

/** Checked at server start (instrumentation.ts), so a misconfigured deployment never serves a page. */
export function assertProductionSecrets(): void {
  requiredSecret('PAYLOAD_SECRET', PAYLOAD_SECRET_DEV_DEFAULT)
  requiredSecret('NEXTAUTH_SECRET', NEXTAUTH_SECRET_DEV_DEFAULT)
}
