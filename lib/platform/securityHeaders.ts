/**
 * Security headers for every response, from the environment the site is built with (next.config.ts
 * reads them once, at build).
 *
 * The Content-Security-Policy allows inline scripts and styles: Next streams each page's data in
 * inline <script> tags and Payload's admin styles inline, and public pages are cached and identical
 * for every reader, so there is no per-request nonce to put on them. It forbids everything else a
 * script injection would need: scripts, frames, plugins and form targets from other origins, <base>,
 * and framing by other sites (the admin's live preview frames our own pages, hence 'self').
 */

type Env = Record<string, string | undefined>

const originOf = (value: string | undefined): string | null => {
  try {
    return value ? new URL(value).origin : null
  } catch {
    return null
  }
}

/** Where sign-in may take a reader: the identity providers this deployment is built with. */
export function identityProviderOrigins(env: Env): string[] {
  return [
    originOf(env.AUTH_OIDC_ISSUER),
    env.AUTH_GITHUB_ID ? 'https://github.com' : null,
    env.AUTH_GOOGLE_ID ? 'https://accounts.google.com' : null,
  ].filter((origin): origin is string => origin !== null)
}

const servedOverHttps = (env: Env) => (env.NEXT_PUBLIC_SERVER_URL ?? '').startsWith('https://')

export function contentSecurityPolicy(env: Env): string {
  const development = env.NODE_ENV === 'development'
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    // Next's dev server evaluates modules and talks to its hot-reload socket; production does neither.
    'script-src': ["'self'", "'unsafe-inline'", ...(development ? ["'unsafe-eval'"] : [])],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", ...(development ? ['ws:', 'wss:'] : [])],
    'frame-src': ["'self'"],
    'frame-ancestors': ["'self'"],
    'form-action': ["'self'", ...identityProviderOrigins(env)],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'worker-src': ["'self'", 'blob:'],
    'manifest-src': ["'self'"],
  }
  const policy = Object.entries(directives).map(([name, values]) => `${name} ${values.join(' ')}`)
  if (servedOverHttps(env)) policy.push('upgrade-insecure-requests')
  return policy.join('; ')
}

export type Header = { key: string; value: string }

export function securityHeaders(env: Env): Header[] {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(env) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    {
      key: 'Permissions-Policy',
      value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
    },
    // Only a site served over https may promise browsers to use https for a year.
    ...(servedOverHttps(env)
      ? [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }]
      : []),
  ]
}
