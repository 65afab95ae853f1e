import tagsManifestModule from 'next/dist/server/lib/incremental-cache/tags-manifest.external.js'
import { describe, expect, it } from 'vitest'

import { decode, encode } from '@/lib/platform/cache/cacheCodec.mjs'
import { isExpiredByTags } from '@/lib/platform/cache/routeCacheHandler.mjs'
import { mergeTagState } from '@/lib/platform/cache/sharedCacheStore.mjs'

const { tagsManifest } = tagsManifestModule.tagsManifest
  ? tagsManifestModule
  : (tagsManifestModule as unknown as { default: typeof tagsManifestModule }).default

describe('the shared Next cache', () => {
  it('stores page entries in Redis and reads them back whole: Buffers, Maps, strings', () => {
    const entry = {
      lastModified: 1,
      value: {
        kind: 'APP_PAGE',
        html: '<p>₹18 LPA</p>',
        rscData: Buffer.from([0, 1, 2, 250]),
        // Page data that happens to use keys like the codec's must survive as it was.
        pageData: { $b: 'not base64', $m: [1] },
        segmentData: new Map([['/_tree', Buffer.from('tree')]]),
        headers: { 'x-next-cache-tags': 'a,b' },
        status: 200,
        postponed: undefined,
      },
    }
    const back = decode(JSON.parse(JSON.stringify(encode(entry)))) as typeof entry
    expect(back.value.rscData).toEqual(entry.value.rscData)
    expect(back.value.segmentData.get('/_tree')?.toString()).toBe('tree')
    expect(back.value.html).toBe(entry.value.html)
    expect(back.value.headers).toEqual(entry.value.headers)
    expect(back.value.pageData).toEqual(entry.value.pageData)
    expect(decode(encode(new Uint8Array([9, 8])))).toEqual(Buffer.from([9, 8]))
  })

  it('keeps the later revalidation whole when tag updates from several instances cross', () => {
    const farFuture = { at: 1, stale: 1, expired: 10_000 }
    const immediate = { at: 2, stale: 2, expired: 2 }
    // A later immediate expiry beats an earlier far-future one, in either order of arrival.
    expect(mergeTagState(farFuture, immediate)).toEqual(immediate)
    expect(mergeTagState(immediate, farFuture)).toEqual(immediate)
    expect(mergeTagState(undefined, immediate)).toEqual(immediate)
  })

  it('refuses an entry from Redis whose tags were expired after it was written, by any instance', () => {
    const now = Date.now()
    tagsManifest.set('role:unit-test', { stale: now, expired: now })
    const page = (lastModified: number) => ({
      lastModified,
      value: { kind: 'APP_PAGE', headers: { 'x-next-cache-tags': 'list:roles,role:unit-test' } },
    })
    expect(isExpiredByTags(page(now - 1_000), {})).toBe(true)
    expect(isExpiredByTags(page(now + 1), {})).toBe(false)
    const data = { lastModified: now - 1_000, value: { kind: 'FETCH' } }
    expect(isExpiredByTags(data, { kind: 'FETCH', tags: ['role:unit-test'] })).toBe(true)
    expect(isExpiredByTags(data, { kind: 'FETCH', tags: ['other'] })).toBe(false)
    // A tag expired earlier in the same request.
    expect(isExpiredByTags(data, { kind: 'FETCH', tags: ['other'] }, ['other'])).toBe(true)
  })
})
