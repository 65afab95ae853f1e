import { describe, expect, it } from 'vitest'

import { safeCallbackPath, safeCallbackUrl } from '@/lib/auth/callbackUrl'
import { emailIdentifier, inboxKey, normaliseEmailAddress } from '@/lib/auth/emailAddress'
import { magicLinkMessage } from '@/lib/auth/magicLinkMail'
import { providerSummaries } from '@/lib/auth/providers'
import { providerVerifiedEmail } from '@/lib/auth/verifiedEmail'
import { addressFromChain, trustedProxyHops } from '@/lib/platform/clientAddress'
import { MemoryCounterStore, RateLimiter } from '@/lib/platform/rateLimit'
import { parseStageUpdate, parseTarget } from '@/lib/readers/input'

describe('callback URLs', () => {
  const base = 'https://careerscope.example'
  it('keep readers on this site', () => {
    expect(safeCallbackUrl('/compare/a-vs-b#save', base)).toBe(
      'https://careerscope.example/compare/a-vs-b#save',
    )
    expect(safeCallbackUrl('https://careerscope.example/account', base)).toBe(
      'https://careerscope.example/account',
    )
    for (const hostile of [
      'https://evil.example/x',
      '//evil.example/x',
      '/\\evil.example',
      'javascript:alert(1)',
      'https://careerscope.example.evil.example/',
    ]) {
      expect(safeCallbackUrl(hostile, base)).toBe('https://careerscope.example/account')
    }
    expect(safeCallbackUrl(undefined, base)).toBe('https://careerscope.example/account')
    expect(safeCallbackPath('/careers/devops-engineer#roadmap')).toBe(
      '/careers/devops-engineer#roadmap',
    )
    expect(safeCallbackPath('https://evil.example/')).toBe('/account')
    // next-auth sends readers back to the sign-in page after an error with an absolute callback URL.
    expect(safeCallbackPath('http://localhost:3000/careers/devops-engineer')).toBe(
      '/careers/devops-engineer',
    )
  })
})

describe('configured providers', () => {
  it('offer only what the environment configures', () => {
    const ids = (env: Record<string, string>) => providerSummaries(env).map((p) => p.id)
    expect(ids({ NODE_ENV: 'production' })).toEqual([])
    expect(
      ids({
        NODE_ENV: 'production',
        AUTH_OIDC_ISSUER: 'https://id.example',
        AUTH_OIDC_CLIENT_ID: 'c',
      }),
    ).toEqual([])
    expect(
      ids({
        NODE_ENV: 'production',
        AUTH_OIDC_ISSUER: 'https://id.example',
        AUTH_OIDC_CLIENT_ID: 'c',
        AUTH_OIDC_CLIENT_SECRET: 's',
        AUTH_GITHUB_ID: 'g',
        AUTH_GITHUB_SECRET: 's',
      }),
    ).toEqual(['oidc', 'github'])
    expect(
      ids({
        NODE_ENV: 'production',
        AUTH_GOOGLE_ID: 'g',
        AUTH_GOOGLE_SECRET: 's',
        EMAIL_SERVER: 'smtp://mail.example:587',
      }),
    ).toEqual(['google', 'email'])
    // Development offers email links without SMTP (printed to the log); production never does.
    expect(ids({ NODE_ENV: 'development' })).toEqual(['email'])
    expect(
      providerSummaries({
        NODE_ENV: 'production',
        AUTH_OIDC_ISSUER: 'https://id.example/',
        AUTH_OIDC_CLIENT_ID: 'c',
        AUTH_OIDC_CLIENT_SECRET: 's',
        AUTH_OIDC_NAME: 'Acme SSO',
      }),
    ).toEqual([{ id: 'oidc', name: 'Acme SSO', type: 'oauth' }])
  })
})

describe('rate limiter', () => {
  it('counts per key within a window, then starts again', async () => {
    let now = 0
    const limiter = new RateLimiter('t', 2, 1000, new MemoryCounterStore(() => now))
    expect([await limiter.hit('a'), await limiter.hit('a'), await limiter.hit('b')]).toEqual([
      0, 0, 0,
    ])
    now = 400
    expect(await limiter.wait('a')).toBe(600)
    expect(await limiter.hit('a')).toBe(600)
    now = 1000
    expect(await limiter.wait('a')).toBe(0)
    expect(await limiter.hit('a')).toBe(0)
  })
})

describe('client address', () => {
  it('comes from the socket, or from X-Forwarded-For only through trusted proxies', () => {
    // No proxy: whatever the client wrote in X-Forwarded-For is ignored.
    expect(addressFromChain('203.0.113.5', '198.51.100.1', 0)).toBe('198.51.100.1')
    expect(addressFromChain(undefined, '::ffff:198.51.100.1', 0)).toBe('198.51.100.1')
    // One proxy (nginx) appended the client it saw; the socket is the proxy itself.
    expect(addressFromChain('1.1.1.1, 203.0.113.5', '10.0.0.2', 1)).toBe('203.0.113.5')
    // Two proxies: CDN then balancer.
    expect(addressFromChain('9.9.9.9, 203.0.113.5, 10.0.0.3', '10.0.0.2', 2)).toBe('203.0.113.5')
    // Fewer hops than configured: the farthest address known.
    expect(addressFromChain(undefined, '10.0.0.2', 2)).toBe('10.0.0.2')
    expect(addressFromChain(['a', 'b'], undefined, 0)).toBe('unknown')
    // One key per IPv6 /64 (one household or server), ports and brackets dropped.
    expect(addressFromChain(undefined, '2001:db8:abcd:12::1', 0)).toBe('2001:db8:abcd:12::/64')
    expect(addressFromChain(undefined, '2001:db8:abcd:12:ffff:1:2:3', 0)).toBe(
      '2001:db8:abcd:12::/64',
    )
    expect(addressFromChain('[2001:db8::5]:443', '10.0.0.2', 1)).toBe('2001:db8:0:0::/64')
    expect(addressFromChain('203.0.113.5:50000', '10.0.0.2', 1)).toBe('203.0.113.5')
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: '1' })).toBe(1)
    expect(trustedProxyHops({})).toBe(0)
    // A value that is not a small decimal number stops the server rather than trusting clients.
    for (const value of ['-3', '999', '0x1', '1e0', ' 1', '1.0', '', 'one'])
      expect(() => trustedProxyHops({ TRUSTED_PROXY_HOPS: value }), value).toThrow(
        /TRUSTED_PROXY_HOPS must be the number of proxies in front of the site, 0 to 5/,
      )
  })
})

describe('email addresses for sign-in', () => {
  it('are one address each, normalised as next-auth files them', () => {
    expect(normaliseEmailAddress('  Asha@Example.COM ')).toBe('asha@example.com')
    for (const bad of [
      'victim@x.com,1',
      'victim@x.com;other@y.com',
      'a b@x.com',
      'victim@x.com\nbcc:other@x.com',
      'no-at-sign',
      'two@@x.com',
      'x@localhost',
      `${'a'.repeat(250)}@x.com`,
      42,
    ]) {
      expect(normaliseEmailAddress(bad), String(bad)).toBeNull()
    }
    expect(() => emailIdentifier('victim@x.com,2')).toThrow('Enter one email address')
    // Counted by the inbox they reach; sent to the address as typed.
    expect(inboxKey('v.ic.tim+news@googlemail.com')).toBe('victim@gmail.com')
    expect(inboxKey('first.last+x@example.com')).toBe('first.last@example.com')
  })
})

describe('verified email from identity providers', () => {
  it('is required when a provider gives an address', () => {
    expect(providerVerifiedEmail('oidc', { email: 'a@x.com', email_verified: true })).toBe(true)
    expect(providerVerifiedEmail('oidc', { email: 'a@x.com', email_verified: 'true' })).toBe(true)
    expect(providerVerifiedEmail('oidc', { email: 'a@x.com', email_verified: false })).toBe(false)
    expect(providerVerifiedEmail('oidc', { email: 'a@x.com' })).toBe(false)
    expect(providerVerifiedEmail('google', { email: 'a@x.com' })).toBe(false)
    expect(providerVerifiedEmail('oidc', {})).toBe(true)
    expect(providerVerifiedEmail('email', undefined)).toBe(true)
  })
})

describe('reader input', () => {
  it('accepts pages and stages, and says what is wrong otherwise', () => {
    expect(parseTarget({ collection: 'articles', id: 7 })).toEqual({
      collection: 'articles',
      id: '7',
    })
    expect(() => parseTarget({ collection: 'users', id: 1 })).toThrow('Say which page')
    expect(() => parseTarget({ collection: 'roles', id: { $ne: null } })).toThrow('Say which page')
    expect(parseStageUpdate({ role: '3', stage: 'abc', status: null })).toEqual({
      role: '3',
      stage: 'abc',
      status: null,
      at: expect.any(Date),
    })
    // A mark made earlier (offline, signed out) keeps its time.
    const earlier = '2026-11-30T10:00:00.000Z'
    expect(parseStageUpdate({ role: '3', stage: 'abc', status: 'done', at: earlier }).at).toEqual(
      new Date(earlier),
    )
    expect(() => parseStageUpdate({ role: '3', stage: 'abc', status: 'finished' })).toThrow(
      '"in_progress", "done" or null',
    )
  })
})

describe('magic-link email', () => {
  it('carries the link and says when it expires', () => {
    const url = 'https://careerscope.example/api/auth/callback/email?token=abc&email=a%40b.c'
    const message = magicLinkMessage(url, new Date(Date.now() + 30 * 60_000))
    expect(message.text).toContain(url)
    expect(message.text).toContain('expires in 30 minutes')
    expect(message.html).toContain(
      'href="https://careerscope.example/api/auth/callback/email?token=abc&amp;email=a%40b.c"',
    )
  })
})
