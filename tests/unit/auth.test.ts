import { describe, expect, it } from 'vitest'

import { safeCallbackPath, safeCallbackUrl } from '@/lib/auth/callbackUrl'
import { magicLinkMessage } from '@/lib/auth/magicLinkMail'
import { providerSummaries } from '@/lib/auth/providers'
import { RateLimiter } from '@/lib/auth/rateLimit'
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
  it('counts per key within a window, then starts again', () => {
    let now = 0
    const limiter = new RateLimiter(2, 1000, () => now)
    expect([limiter.hit('a'), limiter.hit('a'), limiter.hit('b')]).toEqual([0, 0, 0])
    now = 400
    expect(limiter.hit('a')).toBe(600)
    now = 1000
    expect(limiter.hit('a')).toBe(0)
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
    })
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
