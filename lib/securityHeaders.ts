/**
 * Security headers for every response, from the environment the site is built with (next.config.mjs
 * reads them once, at build). Plain JavaScript so that next.config.mjs can import it.
 *
 * The Content-Security-Policy allows inline scripts and styles: Next streams each page's data in
 * inline <script> tags and Payload's admin styles inline, and public pages are cached and identical
 * for every reader, so there is no per-request nonce to put on them. It forbids everything else a
 * script injection would need: scripts, frames, plugins and form targets from other origins, <base>,
 * and framing by other sites (the admin's live preview frames our own pages, hence 'self').
 */

/** @param {string | undefined} value */
const originOf = (value) => {
  try {
    return value ? new URL(value).origin : null
  } catch {
    return null
  }
}

/**
 * Where sign-in may take a reader: the identity providers this deployment is built with.
 * @param {Record<string, string | undefined>} env
 */
export function identityProviderOrigins(env) {
  return [
    originOf(env.AUTH_OIDC_ISSUER),
    env.AUTH_GITHUB_ID ? 'https://github.com' : null,
    env.AUTH_GOOGLE_ID ? 'https://accounts.google.com' : null,
  ].filter((origin) => origin !== null)
}

/**
 * @param {Record<string, string | undefined>} env
 * @returns {string}
 */
export function contentSecurityPolicy(env) {
  const development = env.NODE_ENV === 'development'
  const https = (env.NEXT_PUBLIC_SERVER_URL ?? '').startsWith('https://')
  const directives = {
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
  if (https) policy.push('upgrade-insecure-requests')
  return policy.join('; ')
}

/**
 * @param {Record<string, string | undefined>} env
 * @returns {{ key: string, value: string }[]}
 */
export function securityHeaders(env) {
  const https = (env.NEXT_PUBLIC_SERVER_URL ?? '').startsWith('https://')
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(env) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    {
      key: 'Permissions-Policy',
      value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
    },
    // Only a site served over https may promise browsers to use https for a year.
    ...(https
      ? [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }]
      : []),
  ]
}
