import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterEach, describe, expect, it, vi } from 'vitest'

import {
  FRONT_ADAPTERS,
  frontAdapter,
  frontTagsValue,
  purgeRequests,
} from '@/lib/platform/front/adapters.mjs'
import { dropOtherBuilds, frontPurgeConfig, purgeFronts } from '@/lib/platform/front/purge.mjs'

/**
 * The fronts' tag headers and purge requests (lib/platform/front): the request shape each front's
 * documented API takes, and purges against real HTTP servers — one that fails before it answers,
 * one that is not there at all.
 */

const TAGS = 'role:1,_N_T_/layout,salaries-of:1,_N_T_/careers/[slug]/page,list:roles'

describe('a page’s tags as each front reads them', () => {
  it('leave out Next’s own route tags and join the rest as the front expects', () => {
    expect(frontTagsValue(TAGS, FRONT_ADAPTERS.varnish)).toBe('role:1 salaries-of:1 list:roles')
    expect(frontTagsValue(TAGS, FRONT_ADAPTERS.fastly)).toBe('role:1 salaries-of:1 list:roles')
    expect(frontTagsValue(TAGS, FRONT_ADAPTERS.cloudflare)).toBe('role:1,salaries-of:1,list:roles')
    expect(frontTagsValue('_N_T_/layout', FRONT_ADAPTERS.varnish)).toBeNull()
    expect(frontTagsValue(undefined, FRONT_ADAPTERS.varnish)).toBeNull()
  })

  it('use the adapter FRONT_ADAPTER names, Varnish by default, and refuse an unknown one', () => {
    expect(frontAdapter({}).header).toBe('xkey')
    expect(frontAdapter({ FRONT_ADAPTER: 'cloudflare' }).header).toBe('Cache-Tag')
    expect(frontAdapter({ FRONT_ADAPTER: 'fastly' }).header).toBe('Surrogate-Key')
    expect(() => frontAdapter({ FRONT_ADAPTER: 'akamai' })).toThrow(/varnish, cloudflare, fastly/)
  })
})

describe('purge requests', () => {
  const tags = Array.from({ length: 70 }, (_, i) => `role:${i}`)

  it('Varnish: PURGE with the tags in xkey-purge and the shared secret', () => {
    const [request, ...rest] = purgeRequests(
      FRONT_ADAPTERS.varnish,
      'http://127.0.0.1:3200/',
      's',
      tags,
    )
    expect(rest).toEqual([])
    expect(request).toEqual({
      url: 'http://127.0.0.1:3200/',
      method: 'PURGE',
      headers: { 'xkey-purge': tags.join(' '), 'x-purge-secret': 's' },
    })
  })

  it('Cloudflare: POST {"tags": […]} with a bearer token, 30 tags a call', () => {
    const url = 'https://api.cloudflare.com/client/v4/zones/ZONE/purge_cache'
    const requests = purgeRequests(FRONT_ADAPTERS.cloudflare, url, 'token', tags)
    expect(requests.map((r) => JSON.parse(r.body!).tags.length)).toEqual([30, 30, 10])
    expect(requests[0]).toMatchObject({
      url,
      method: 'POST',
      headers: { authorization: 'Bearer token', 'content-type': 'application/json' },
    })
    expect(JSON.parse(requests[2]!.body!).tags).toEqual(tags.slice(60))
  })

  it('Fastly: POST with the keys in Surrogate-Key and the token in Fastly-Key, 256 a call', () => {
    const url = 'https://api.fastly.com/service/SERVICE/purge'
    const many = Array.from({ length: 300 }, (_, i) => `k${i}`)
    const requests = purgeRequests(FRONT_ADAPTERS.fastly, url, 'token', many)
    expect(requests).toHaveLength(2)
    expect(requests[0]).toEqual({
      url,
      method: 'POST',
      headers: { 'fastly-key': 'token', 'surrogate-key': many.slice(0, 256).join(' ') },
    })
  })
})

describe('purging', () => {
  const servers: http.Server[] = []
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))))
    vi.restoreAllMocks()
  })

  /** A front that answers 503 this many times, then 200; it records what it was sent. */
  async function flakyFront(failures: number) {
    const received: {
      method?: string
      tags?: string | string[]
      secret?: string | string[]
      keep?: string | string[]
    }[] = []
    const server = http.createServer((req, res) => {
      received.push({
        method: req.method,
        tags: req.headers['xkey-purge'],
        secret: req.headers['x-purge-secret'],
        ...(req.headers['x-build-keep'] && { keep: req.headers['x-build-keep'] }),
      })
      res.writeHead(received.length <= failures ? 503 : 200).end()
    })
    servers.push(server)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, received }
  }

  const config = (urls: string[]) => ({
    urls,
    secret: 'shared secret',
    adapter: FRONT_ADAPTERS.varnish,
    retryDelays: [10, 10, 10],
    repeatAfterMs: [] as number[],
  })

  it('retries a front that fails, logging each failure, until it answers', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const front = await flakyFront(2)
    expect(await purgeFronts(['role:1', 'list:roles'], config([front.url]))).toEqual([true])
    expect(front.received).toHaveLength(3)
    expect(front.received[2]).toEqual({
      method: 'PURGE',
      tags: 'role:1 list:roles',
      secret: 'shared secret',
    })
    expect(warn).toHaveBeenCalledTimes(2)
    expect(String(warn.mock.calls[0]![0])).toMatch(
      /failed \(attempt 1 of 4\): answered 503; retrying/,
    )
  })

  it('gives up on a front that is not there without failing, and still purges the others', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const live = await flakyFront(0)
    const gone = await flakyFront(0)
    const goneUrl = gone.url
    await new Promise((r) => servers.pop()!.close(r))
    expect(await purgeFronts(['role:1'], config([goneUrl, live.url]))).toEqual([false, true])
    expect(live.received).toHaveLength(1)
    expect(String(warn.mock.calls.at(-1)![0])).toMatch(/attempt 4 of 4.*giving up/)
  })

  it('sends every purge again after pauses, for renders that straddled the change', async () => {
    const front = await flakyFront(0)
    await purgeFronts(['role:1'], { ...config([front.url]), repeatAfterMs: [20, 40] })
    expect(front.received).toHaveLength(3)
  })

  it('asks Varnish, with the secret, to drop every build but this one; never a CDN', async () => {
    const front = await flakyFront(0)
    expect(await dropOtherBuilds('build-7', config([front.url]))).toEqual([true])
    expect(front.received).toEqual([
      { method: 'PURGE', tags: undefined, secret: 'shared secret', keep: 'build-7' },
    ])
    const cdn = { ...config([front.url]), adapter: FRONT_ADAPTERS.cloudflare }
    expect(await dropOtherBuilds('build-7', cdn)).toEqual([])
  })

  it('is off without FRONT_PURGE_URLS, and will not start with a front it cannot purge safely', () => {
    expect(frontPurgeConfig({})).toBeNull()
    expect(() => frontPurgeConfig({ FRONT_PURGE_URLS: 'http://127.0.0.1:3200/' })).toThrow(
      /FRONT_PURGE_SECRET is not/,
    )
    expect(() =>
      frontPurgeConfig({ FRONT_PURGE_URLS: 'http://cache.internal/', FRONT_PURGE_SECRET: 's' }),
    ).toThrow(/in clear to another machine; use https/)
    expect(() =>
      frontPurgeConfig({
        FRONT_PURGE_URLS: 'http://127.0.0.1:3200/',
        FRONT_PURGE_SECRET: 's',
        FRONT_ADAPTER: 'akamai',
      }),
    ).toThrow(/FRONT_ADAPTER/)
    expect(
      frontPurgeConfig({
        FRONT_PURGE_URLS: 'http://127.0.0.1:3200/, https://cdn.example/purge',
        FRONT_PURGE_SECRET: 's',
      })?.urls,
    ).toEqual(['http://127.0.0.1:3200/', 'https://cdn.example/purge'])
  })
})
