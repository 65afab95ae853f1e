import { describe, expect, it } from 'vitest'

import { RateLimiter } from '@/lib/auth/rateLimit'
import { createSignInGuard } from '@/lib/auth/signInGuard'

/**
 * The guard in front of next-auth's sign-in route (app/api/auth/[...nextauth]/route.ts), fed the
 * requests a browser sends: form-encoded POSTs to /api/auth/signin/:provider.
 */
function signInRequest(provider: string, { ip, email }: { ip: string; email?: string }) {
  return new Request(`http://localhost/api/auth/signin/${provider}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-forwarded-for': `${ip}, 10.0.0.1`,
    },
    body: new URLSearchParams({ csrfToken: 'x', ...(email && { email }) }),
  })
}

describe('sign-in rate limits', () => {
  it('answers 429 with a clear message once an email address has asked for too many links, from any network', async () => {
    const guard = createSignInGuard({
      perAddress: new RateLimiter(100, 60_000),
      perEmail: new RateLimiter(3, 15 * 60_000),
    })
    for (let i = 0; i < 3; i += 1)
      expect(
        await guard(
          signInRequest('email', { ip: `198.51.100.${i}`, email: 'Flood@Example.com' }),
          'signin',
          'email',
        ),
      ).toBeNull()
    const limited = await guard(
      signInRequest('email', { ip: '203.0.113.9', email: 'flood@example.com ' }),
      'signin',
      'email',
    )
    expect(limited?.status).toBe(429)
    expect(Number(limited?.headers.get('retry-after'))).toBeGreaterThan(800)
    expect(await limited?.json()).toEqual({
      error: 'RateLimited',
      message:
        'Too many sign-in links were requested for flood@example.com. Try again in 15 minutes.',
    })
    // Another inbox is unaffected, and the request body is still there for next-auth to read.
    const request = signInRequest('email', { ip: '203.0.113.9', email: 'other@example.com' })
    expect(await guard(request, 'signin', 'email')).toBeNull()
    expect(new URLSearchParams(await request.text()).get('email')).toBe('other@example.com')
  })

  it('answers 429 to one network address making too many sign-in attempts with any provider', async () => {
    const guard = createSignInGuard({
      perAddress: new RateLimiter(2, 60_000),
      perEmail: new RateLimiter(100, 60_000),
    })
    expect(await guard(signInRequest('oidc', { ip: '192.0.2.1' }), 'signin', 'oidc')).toBeNull()
    expect(
      await guard(
        signInRequest('email', { ip: '192.0.2.1', email: 'a@example.com' }),
        'signin',
        'email',
      ),
    ).toBeNull()
    const limited = await guard(signInRequest('github', { ip: '192.0.2.1' }), 'signin', 'github')
    expect(limited?.status).toBe(429)
    expect((await limited?.json()).message).toBe(
      'Too many sign-in attempts from your network. Try again in 1 minute.',
    )
    expect(await guard(signInRequest('oidc', { ip: '192.0.2.2' }), 'signin', 'oidc')).toBeNull()
    // Only sign-in requests count: reading the session or signing out never does.
    expect(
      await guard(
        new Request('http://localhost/api/auth/signout', {
          method: 'POST',
          headers: { 'x-forwarded-for': '192.0.2.1' },
        }),
        'signout',
        undefined,
      ),
    ).toBeNull()
  })
})
