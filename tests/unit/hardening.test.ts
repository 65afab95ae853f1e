import { describe, expect, it } from 'vitest'

import { publishingRefusal, writesLiveRow } from '@/lib/editorial/publishing'
import {
  linkUrlProblem,
  redirectSourceProblem,
  redirectTargetProblem,
  sameSitePath,
} from '@/lib/paths'
import {
  CLIENT_ADDRESS_HEADER,
  PEER_ADDRESS_HEADER,
  stampedAddress,
  stampedPeer,
} from '@/lib/platform/clientAddress'
import { contentSecurityPolicy, securityHeaders } from '@/lib/platform/securityHeaders'
import { healthReport, mayReadDetails } from '@/lib/platform/server/health'
import { escapeXml } from '@/lib/platform/xml'
import { highlight } from '@/lib/search/highlight'
import { normaliseSearchQuery } from '@/lib/search/query'

describe('the same-site check for every redirect we issue', () => {
  const origin = 'https://careerscope.example'
  it('keeps paths on this site, and turns our own absolute URLs into paths', () => {
    expect(sameSitePath('/compare/a-vs-b?x=1#save', '/', origin)).toBe('/compare/a-vs-b?x=1#save')
    expect(sameSitePath('https://careerscope.example/account', '/', origin)).toBe('/account')
    expect(sameSitePath('/a/../careers', '/', origin)).toBe('/careers')
  })

  it('refuses every way out: tabs, newlines, backslashes, protocol-relative and encoded forms', () => {
    for (const hostile of [
      '/\t/evil.example',
      '/\n/evil.example',
      '/\r//evil.example',
      '\t//evil.example',
      '/\\evil.example',
      '\\\\evil.example',
      '//evil.example',
      '///evil.example',
      'https://careerscope.example//evil.example',
      'https://evil.example/',
      'https://careerscope.example.evil.example/',
      'https://careerscope.example@evil.example/',
      'javascript:alert(1)',
      'data:text/html,x',
      '',
      null,
    ]) {
      expect(sameSitePath(hostile, 'FALLBACK', origin), JSON.stringify(hostile)).toBe('FALLBACK')
    }
    // Percent-encoded forms stay encoded: a browser reads them as a path on this site, not a host.
    expect(sameSitePath('/%09/evil.example', 'FALLBACK', origin)).toBe('/%09/evil.example')
    expect(sameSitePath('/%2F%2Fevil.example', 'FALLBACK', origin)).toBe('/%2F%2Fevil.example')
  })
})

describe('redirect addresses editors may set', () => {
  it('go to a path here or an https URL, from a path here', () => {
    expect(redirectTargetProblem('/careers/sre')).toBeNull()
    expect(redirectTargetProblem('https://example.org/jobs')).toBeNull()
    for (const bad of ['http://example.org', 'javascript:alert(1)', '//evil', '/\tx', 'ftp://x']) {
      expect(redirectTargetProblem(bad), bad).not.toBeNull()
    }
    expect(redirectSourceProblem('/old-page')).toBeNull()
    for (const bad of ['old-page', '//x', 'https://careerscope.example/x']) {
      expect(redirectSourceProblem(bad), bad).not.toBeNull()
    }
  })
})

describe('rich-text link addresses', () => {
  it('allow https, http, mailto, tel and paths on this site only', () => {
    for (const good of [
      'https://a.example/x',
      'http://a.example',
      'mailto:ed@a.example',
      'tel:+911',
      '/careers',
      '#top',
      '?q=1',
    ]) {
      expect(linkUrlProblem(good), good).toBeNull()
    }
    for (const bad of [
      'javascript:alert(1)',
      'JavaScript:a.b',
      'data:text/html,x',
      'file:///etc/passwd',
      '//evil',
      'vbscript:x',
      'https://a b',
      '',
    ]) {
      expect(linkUrlProblem(bad), bad).not.toBeNull()
    }
  })
})

describe('publishing rules', () => {
  const base = { publisher: false, writesLiveRow: true } as const
  it('decide from the write and the live row', () => {
    // Only a draft save leaves the live row alone (Payload's own rule).
    expect(writesLiveRow(true, 'draft')).toBe(false)
    expect(writesLiveRow(true, undefined)).toBe(false)
    expect(writesLiveRow(true, 'published')).toBe(true)
    expect(writesLiveRow(false, 'draft')).toBe(true)
    expect(writesLiveRow(undefined, undefined)).toBe(true)

    const cases: [Parameters<typeof publishingRefusal>[0], RegExp | null][] = [
      [{ ...base, liveStatus: null, resultStatus: 'draft' }, null],
      [{ ...base, liveStatus: null, resultStatus: 'published' }, /cannot publish/],
      [{ ...base, liveStatus: 'draft', resultStatus: 'draft' }, null],
      [{ ...base, liveStatus: 'draft', resultStatus: 'published' }, /cannot publish/],
      [{ ...base, liveStatus: 'published', resultStatus: 'draft' }, /cannot unpublish or replace/],
      [
        { ...base, liveStatus: 'published', resultStatus: 'published' },
        /cannot change a published/,
      ],
      [{ ...base, writesLiveRow: false, liveStatus: 'published', resultStatus: 'draft' }, null],
      [{ ...base, publisher: true, liveStatus: 'published', resultStatus: 'draft' }, null],
    ]
    for (const [change, refusal] of cases) {
      const answer = publishingRefusal(change)
      if (refusal) expect(answer, JSON.stringify(change)).toMatch(refusal)
      else expect(answer, JSON.stringify(change)).toBeNull()
    }
  })
})

describe('search queries', () => {
  it('are cut once, to 100 characters and 10 words, for both the query and the highlighting', () => {
    const long = Array.from({ length: 26 }, (_, i) => `w${String.fromCharCode(97 + i)}x`).join(' ')
    const q = normaliseSearchQuery(long)
    expect(q.split(' ')).toHaveLength(10)
    expect(normaliseSearchQuery('x'.repeat(300))).toHaveLength(100)
    const marked = highlight('wax wzx', long)
      .filter((s) => s.match)
      .map((s) => s.text)
    expect(marked).toEqual(['wax'])
  })

  it('never pass LIKE wildcards to the database', () => {
    expect(normaliseSearchQuery('%')).toBe('')
    expect(normaliseSearchQuery('_')).toBe('')
    expect(normaliseSearchQuery('snake_case 100%')).toBe('snake case 100')
    expect(normaliseSearchQuery(['kubernetes', 'x'])).toBe('kubernetes')
  })
})

describe('XML text', () => {
  it('drops characters XML cannot carry, so one bad title cannot break the feed', () => {
    expect(escapeXml('a\u0000b\u0008c\u000bd\u001fe\uFFFEf\tg\nh')).toBe('abcdef\tg\nh')
    expect(escapeXml('x\uD800y 😀')).toBe('xy 😀')
  })
})

describe('security headers', () => {
  it('send a policy that allows our own origin, and HSTS only over https', () => {
    const env = {
      NODE_ENV: 'production',
      NEXT_PUBLIC_SERVER_URL: 'http://localhost:3000',
      AUTH_OIDC_ISSUER: 'https://id.example.com/realms/x',
    }
    const policy = contentSecurityPolicy(env)
    expect(policy).toContain("default-src 'self'")
    expect(policy).toContain("object-src 'none'")
    expect(policy).toContain("base-uri 'self'")
    expect(policy).toContain("frame-ancestors 'self'")
    expect(policy).toContain("form-action 'self' https://id.example.com")
    expect(policy).not.toContain('unsafe-eval')
    expect(securityHeaders(env).map((h) => h.key)).not.toContain('Strict-Transport-Security')
    const https = securityHeaders({ ...env, NEXT_PUBLIC_SERVER_URL: 'https://careerscope.example' })
    expect(https.find((h) => h.key === 'Strict-Transport-Security')?.value).toMatch(
      /max-age=31536000/,
    )
    expect(contentSecurityPolicy({ NODE_ENV: 'development' })).toContain("'unsafe-eval'")
  })
})

describe('origins whose requests may carry the admin cookie', () => {
  it('are the public origin and the well-formed ADMIN_ORIGINS, each once', async () => {
    const { adminOrigins, serverUrl } = await import('@/lib/platform/env')
    expect(
      adminOrigins({
        ADMIN_ORIGINS: ' http://localhost:3111/, https://admin.example.com,javascript:alert(1),,',
      }),
    ).toEqual([serverUrl(), 'http://localhost:3111', 'https://admin.example.com'])
    expect(adminOrigins({})).toEqual([serverUrl()])
    // Reader writes: the configured origins, and in development their loopback twins.
    const { siteOrigins } = await import('@/lib/platform/env')
    expect(siteOrigins({ NEXT_PUBLIC_SERVER_URL: 'https://careers.example.com' })).not.toContain(
      'http://127.0.0.1:3000',
    )
    expect(siteOrigins({ NODE_ENV: 'development' })).toEqual(
      expect.arrayContaining([serverUrl(), 'http://127.0.0.1:3000']),
    )
  })
})

describe('the health answer', () => {
  /** A request as the server stamps it: its client address and its connection's peer. */
  const asked = (client: string, peer: string, authorization?: string) =>
    new Request('http://localhost/api/health', {
      headers: {
        [CLIENT_ADDRESS_HEADER]: stampedAddress(client),
        [PEER_ADDRESS_HEADER]: stampedPeer(peer),
        ...(authorization && { authorization }),
      },
    })

  it('tells anyone only that the site answers; the balancer, this machine and token holders more', () => {
    // A reader through the balancer on this machine: the peer is loopback, the client is not.
    expect(healthReport(asked('203.0.113.5', '127.0.0.1'))).toEqual({ status: 'ok' })
    // Straight to an instance, naming 127.0.0.1 in X-Forwarded-For: the peer gives it away.
    expect(healthReport(asked('127.0.0.1', '198.51.100.9'))).toEqual({ status: 'ok' })
    expect(healthReport(new Request('http://localhost/api/health'))).toEqual({ status: 'ok' })
    // The balancer's own check, or curl on this machine.
    for (const [client, peer] of [
      ['127.0.0.1', '127.0.0.1'],
      ['0:0:0:0::/64', '::1'],
      ['127.0.0.1', '::ffff:127.0.0.1'],
    ])
      expect(healthReport(asked(client!, peer!)), peer).toMatchObject({
        status: 'ok',
        database: expect.any(String),
        redis: expect.any(String),
      })
    const env = { HEALTH_TOKEN: 'monitoring-token-0123456789' }
    const remote = (authorization: string) => asked('203.0.113.5', '203.0.113.5', authorization)
    expect(mayReadDetails(remote('Bearer monitoring-token-0123456789'), env)).toBe(true)
    expect(mayReadDetails(remote('Bearer monitoring-token-012345678'), env)).toBe(false)
    expect(mayReadDetails(remote('Bearer '), {})).toBe(false)
  })
})
