import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sendMagicLink } from '@/lib/auth/magicLinkMail'
import { createSignInGuard } from '@/lib/auth/signInGuard'
import { signInLimits } from '@/lib/auth/signInLimits'
import { CLIENT_ADDRESS_HEADER, clientAddress, stampedAddress } from '@/lib/platform/clientAddress'
import { RateLimiter, RedisCounterStore, SharedCounterStore } from '@/lib/platform/rateLimit'

/**
 * The guard in front of next-auth's sign-in route (app/api/auth/[...nextauth]/route.ts), fed the
 * requests a browser sends: form-encoded POSTs to /api/auth/signin/:provider, as they reach the
 * route after the server has stamped the client's address (lib/platform/clientAddress.ts).
 */
function signInRequest(
  provider: string,
  { ip, forwardedFor, body }: { ip: string; forwardedFor?: string; body?: string },
) {
  return new Request(`http://localhost/api/auth/signin/${provider}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      [CLIENT_ADDRESS_HEADER]: stampedAddress(ip),
      ...(forwardedFor && { 'x-forwarded-for': forwardedFor }),
    },
    body: body ?? 'csrfToken=x',
  })
}

const emailBody = (...emails: string[]) =>
  new URLSearchParams([['csrfToken', 'x'], ...emails.map((e) => ['email', e])]).toString()

const limits = (perAddress: number, perInbox: number, name = `t${Math.random()}`) => ({
  perAddress: new RateLimiter(`${name}:address`, perAddress, 60_000),
  perInbox: new RateLimiter(`${name}:inbox`, perInbox, 15 * 60_000),
})

describe('sign-in rate limits', () => {
  it('answers 413 to a body past 16 KB posted to next-auth, before reading it whole', async () => {
    const guard = createSignInGuard(limits(100, 100))
    const huge = signInRequest('email', {
      ip: '198.51.100.250',
      body: `csrfToken=x&email=${'a'.repeat(20_000)}@example.com`,
    })
    for (const action of ['signin', 'signout', 'callback']) {
      const answer = await guard(huge, action, 'email')
      expect(answer?.status, action).toBe(413)
    }
    const small = signInRequest('email', { ip: '198.51.100.251', body: emailBody('a@example.com') })
    expect(await guard(small, 'signin', 'email')).toBeNull()
  })

  it('answers 429 with a clear message once an inbox has had too many links, from any network', async () => {
    const own = limits(100, 3)
    const guard = createSignInGuard(own)
    // Links are counted where they are sent (sendMagicLink), on next-auth's normalised address.
    for (let i = 0; i < 3; i += 1) {
      const request = signInRequest('email', {
        ip: `198.51.100.${i}`,
        body: emailBody('Flood@Example.com'),
      })
      expect(await guard(request, 'signin', 'email')).toBeNull()
      await own.perInbox.hit('flood@example.com')
    }
    const limited = await guard(
      signInRequest('email', { ip: '203.0.113.9', body: emailBody('flood@example.com ') }),
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
    const request = signInRequest('email', {
      ip: '203.0.113.9',
      body: emailBody('other@example.com'),
    })
    expect(await guard(request, 'signin', 'email')).toBeNull()
    expect(new URLSearchParams(await request.text()).get('email')).toBe('other@example.com')
  })

  it('reads a repeated email field as next-auth does (the last one)', async () => {
    const own = limits(100, 1)
    await own.perInbox.hit('victim@example.com')
    const guard = createSignInGuard(own)
    const limited = await guard(
      signInRequest('email', {
        ip: '192.0.2.7',
        body: emailBody('me@example.com', 'victim@example.com'),
      }),
      'signin',
      'email',
    )
    expect(limited?.status).toBe(429)
  })

  it('sends no more links to one inbox than the limit, however the address is written', async () => {
    const provider = { server: '', from: 'Careerscope <test@example.com>' }
    const send = (identifier: string) =>
      sendMagicLink({
        identifier,
        url: 'http://localhost/x',
        expires: new Date(Date.now() + 60_000),
        provider,
        token: 't',
        theme: {},
        request: new Request('http://localhost'),
      } as unknown as Parameters<typeof sendMagicLink>[0])
    const inbox = `cap-${Date.now()}@example.com`
    for (let i = 0; i < signInLimits.perInbox.limit; i += 1) await send(inbox)
    await expect(send(inbox)).rejects.toThrow(`Too many sign-in links were requested for ${inbox}.`)
  })

  it('answers 429 to one client address making too many attempts with any provider', async () => {
    const guard = createSignInGuard(limits(2, 100))
    expect(await guard(signInRequest('oidc', { ip: '192.0.2.1' }), 'signin', 'oidc')).toBeNull()
    expect(
      await guard(
        signInRequest('email', { ip: '192.0.2.1', body: emailBody('a@example.com') }),
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
          headers: { [CLIENT_ADDRESS_HEADER]: stampedAddress('192.0.2.1') },
        }),
        'signout',
        undefined,
      ),
    ).toBeNull()
  })

  it('believes only an address the server stamped: a client-sent one counts as unknown', async () => {
    const forged = new Request('http://localhost/', {
      headers: { [CLIENT_ADDRESS_HEADER]: '198.51.100.77 not-a-signature' },
    })
    expect(clientAddress(forged)).toBe('unknown')
    const bare = new Request('http://localhost/', {
      headers: { [CLIENT_ADDRESS_HEADER]: '198.51.100.77' },
    })
    expect(clientAddress(bare)).toBe('unknown')
    const stamped = new Request('http://localhost/', {
      headers: { [CLIENT_ADDRESS_HEADER]: stampedAddress('198.51.100.77') },
    })
    expect(clientAddress(stamped)).toBe('198.51.100.77')
  })

  it('counts plus-addressed and dotted Gmail addresses as the one inbox they reach', async () => {
    const own = limits(100, 2)
    const guard = createSignInGuard(own)
    const { inboxKey } = await import('@/lib/auth/emailAddress')
    await own.perInbox.hit(inboxKey('victim+1@gmail.com'))
    await own.perInbox.hit(inboxKey('v.ictim@googlemail.com'))
    const limited = await guard(
      signInRequest('email', { ip: '192.0.2.8', body: emailBody('Victim+99@Gmail.com') }),
      'signin',
      'email',
    )
    expect(limited?.status).toBe(429)
  })

  it('ignores a forged X-Forwarded-For: the stamped address is what counts', async () => {
    const guard = createSignInGuard(limits(2, 100))
    for (let i = 0; i < 2; i += 1) {
      const request = signInRequest('oidc', { ip: '192.0.2.9', forwardedFor: `10.9.9.${i}` })
      expect(await guard(request, 'signin', 'oidc')).toBeNull()
    }
    const forged = signInRequest('oidc', { ip: '192.0.2.9', forwardedFor: '10.9.9.99' })
    expect((await guard(forged, 'signin', 'oidc'))?.status).toBe(429)
  })
})

const redisUrl = process.env.TEST_REDIS_URL
if (!redisUrl)
  console.warn(
    '[vitest] Redis rate-limit tests skipped: TEST_REDIS_URL is not set (.ci/run sets it).',
  )

describe.runIf(redisUrl)('sign-in limits shared through Redis', () => {
  beforeAll(async () => {
    process.env.REDIS_URL = redisUrl
    const { sharedRedis } = await import('@/lib/platform/redis')
    for (let i = 0; i < 50 && !sharedRedis(); i += 1) await new Promise((r) => setTimeout(r, 50))
    expect(sharedRedis(), 'Redis did not connect').not.toBeNull()
  })
  afterAll(() => {
    delete process.env.REDIS_URL
  })

  it('counts across instances: two limiters, one count', async () => {
    const name = `shared-${process.pid}-${Date.now()}`
    // Two servers, each with its own limiter and store objects, sharing only Redis.
    const first = new RateLimiter(name, 3, 60_000, new SharedCounterStore())
    const second = new RateLimiter(name, 3, 60_000, new RedisCounterStore())
    expect([await first.hit('k'), await second.hit('k'), await first.hit('k')]).toEqual([0, 0, 0])
    expect(await second.hit('k')).toBeGreaterThan(59_000)
    expect(await first.wait('k')).toBeGreaterThan(59_000)
  })
})
