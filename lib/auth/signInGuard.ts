import { RateLimiter } from './rateLimit'

type Limits = { perAddress: RateLimiter; perEmail: RateLimiter }

const MINUTE = 60_000

/** Sign-in attempts from one network address, and magic links to one inbox. */
export function defaultSignInLimits(): Limits {
  return { perAddress: new RateLimiter(30, 15 * MINUTE), perEmail: new RateLimiter(5, 15 * MINUTE) }
}

/** The client's address as the proxy in front (or Next's own server) reports it. */
export function clientAddress(request: Request): string {
  const forwarded = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim()
  return forwarded || request.headers.get('x-real-ip') || 'unknown'
}

async function requestedEmail(request: Request): Promise<string | null> {
  const type = request.headers.get('content-type') ?? ''
  // Read a copy: next-auth reads the body itself afterwards.
  const body = await request.clone().text()
  const email = type.includes('application/json')
    ? (JSON.parse(body || '{}') as { email?: unknown }).email
    : new URLSearchParams(body).get('email')
  return typeof email === 'string' && email.trim() ? email.trim().toLowerCase() : null
}

function tooManyRequests(retryAfterMs: number, message: string): Response {
  const seconds = Math.ceil(retryAfterMs / 1000)
  return Response.json(
    {
      error: 'RateLimited',
      message: `${message} Try again in ${Math.ceil(seconds / 60)} minute${seconds > 60 ? 's' : ''}.`,
    },
    { status: 429, headers: { 'retry-after': String(seconds), 'cache-control': 'no-store' } },
  )
}

/**
 * Rate limits for next-auth's sign-in requests (POST /api/auth/signin/:provider): per client address
 * for every provider, and per email address for magic links, so nobody can flood an inbox or
 * hammer the identity provider through us. Returns the 429 to send, or null to carry on.
 */
export function createSignInGuard(limits: Limits = defaultSignInLimits()) {
  return async function guardSignIn(
    request: Request,
    action: string | undefined,
    provider: string | undefined,
  ): Promise<Response | null> {
    if (request.method !== 'POST' || action !== 'signin') return null
    const addressWait = limits.perAddress.hit(clientAddress(request))
    if (addressWait)
      return tooManyRequests(addressWait, 'Too many sign-in attempts from your network.')
    if (provider !== 'email') return null
    const email = await requestedEmail(request).catch(() => null)
    if (!email) return null
    const emailWait = limits.perEmail.hit(email)
    if (emailWait)
      return tooManyRequests(emailWait, `Too many sign-in links were requested for ${email}.`)
    return null
  }
}
