import { createClient } from '@redis/client'
import tagsManifestModule from 'next/dist/server/lib/incremental-cache/tags-manifest.external.js'
import { afterAll, describe, expect, it } from 'vitest'

import { encode } from '@/lib/platform/cache/cacheCodec.mjs'
import { SharedCacheStore } from '@/lib/platform/cache/sharedCacheStore.mjs'

/**
 * The shared cache's Redis side against a real Redis: tag expiries merged atomically and published,
 * an instance catching up on the hash when it connects, entries round-tripping. (Two instances in
 * two processes are exercised end to end by tests/e2e/cluster.spec.ts.)
 */
const redisUrl = process.env.TEST_REDIS_URL
if (!redisUrl)
  console.warn('[vitest] shared-cache tests skipped: TEST_REDIS_URL is not set (.ci/run sets it).')

const { tagsManifest } = (
  tagsManifestModule.tagsManifest
    ? tagsManifestModule
    : (tagsManifestModule as unknown as { default: typeof tagsManifestModule }).default
) as { tagsManifest: Map<string, { stale?: number; expired?: number; at?: number }> }

type Store = InstanceType<typeof SharedCacheStore> & {
  tagsKey: string
  entryPrefix: string
  refused: number
  client: {
    isReady: boolean
    quit(): Promise<unknown>
    get(key: string): Promise<string | null>
    set(key: string, value: string): Promise<unknown>
    hGetAll(key: string): Promise<Record<string, string>>
    hSet(key: string, field: string, value: string): Promise<unknown>
    publish(channel: string, message: string): Promise<unknown>
  }
  subscriber: { quit(): Promise<unknown> }
}

async function connected(build: string): Promise<Store> {
  const store = new SharedCacheStore(redisUrl!, build) as Store
  for (let i = 0; i < 100 && !store.ready; i += 1) await new Promise((r) => setTimeout(r, 50))
  expect(store.ready, 'the store did not connect and catch up').toBe(true)
  return store
}

describe.runIf(redisUrl)('the shared cache store', () => {
  const stores: Store[] = []
  afterAll(async () => {
    for (const store of stores) await Promise.all([store.client.quit(), store.subscriber.quit()])
  })

  it('shares tag expiries: merged in the hash (latest revalidation wins), published, caught up on connect', async () => {
    const first = await connected(`test-${process.pid}-${Date.now()}`)
    stores.push(first)
    const tag = `role:test-${process.pid}-${Date.now()}`
    const heard: string[] = []
    const listener = createClient({ url: redisUrl })
    await listener.connect()
    await listener.subscribe(first.tagsKey, (message) => heard.push(message))

    const now = Date.now()
    const later = { at: now, stale: now, expired: now }
    await first.publishTags({ [tag]: later })
    // An older revalidation arriving late does not replace the newer one.
    await first.publishTags({ [tag]: { at: now - 1_000, stale: now - 1_000, expired: now + 1e7 } })
    const fields = await first.client.hGetAll(first.tagsKey)
    const ours = Object.entries(fields).filter(([field]) => field.startsWith(`${tag}\n`))
    expect(ours).toHaveLength(1)
    expect(JSON.parse(ours[0]![1])).toEqual({
      ...later,
      sig: expect.stringMatching(/^[0-9a-f]{64}$/),
    })
    await expect.poll(() => heard.length).toBe(2)
    const lastHeard = JSON.parse(heard[1]!) as Record<string, string>
    expect(JSON.parse(Object.values(lastHeard)[0]!)).toMatchObject(later)
    await listener.quit()

    // A new instance reads every recorded expiry into Next's tag manifest when it connects.
    tagsManifest.delete(tag)
    const second = await connected(`test-${process.pid}-${Date.now()}`)
    stores.push(second)
    expect(tagsManifest.get(tag)).toEqual(later)
  })

  it('stores page entries with their bytes, under the build’s own keys', async () => {
    const store = await connected(`test-${process.pid}-entries-${Date.now()}`)
    stores.push(store)
    const entry = {
      lastModified: Date.now(),
      value: {
        kind: 'APP_PAGE',
        html: '<p>ok</p>',
        rscData: Buffer.from('rsc'),
        segmentData: new Map([['/a', Buffer.from('s')]]),
      },
    }
    await store.setEntry('/careers/x', entry)
    const back = (await store.getEntry('/careers/x')) as typeof entry
    expect(back.value.rscData.toString()).toBe('rsc')
    expect(back.value.segmentData.get('/a')?.toString()).toBe('s')
    const otherBuild = await connected(`test-${process.pid}-other-${Date.now()}`)
    stores.push(otherBuild)
    expect(await otherBuild.getEntry('/careers/x')).toBeNull()
  })

  it('serves nothing written into Redis by anyone else: planted and moved entries, cookies, tag expiries', async () => {
    const store = await connected(`test-${process.pid}-planted-${Date.now()}`)
    stores.push(store)
    const page = (html: string, headers: Record<string, string> = {}) => ({
      lastModified: Date.now(),
      value: { kind: 'APP_PAGE', html, headers, rscData: Buffer.from('rsc') },
    })
    // A page planted straight into Redis, in the store's own format, under a real address.
    await store.client.set(
      `${store.entryPrefix}/careers/planted`,
      JSON.stringify(encode(page('<script>steal()</script>'))),
    )
    expect(await store.getEntry('/careers/planted')).toBeNull()
    expect(store.refused).toBe(1)
    // A genuine entry copied under another address is refused too: seals are bound to their key.
    await store.setEntry('/careers/real', page('<p>real</p>'))
    await store.client.set(
      `${store.entryPrefix}/careers/other`,
      (await store.client.get(`${store.entryPrefix}/careers/real`))!,
    )
    expect(await store.getEntry('/careers/other')).toBeNull()
    expect(((await store.getEntry('/careers/real')) as ReturnType<typeof page>).value.html).toBe(
      '<p>real</p>',
    )
    // A genuine entry from longer ago than entries are kept was put back by someone: refused.
    await store.setEntry('/careers/old', {
      ...page('<p>old</p>'),
      lastModified: Date.now() - 8 * 86_400_000,
    })
    expect(await store.getEntry('/careers/old')).toBeNull()
    // Cookies are neither stored nor replayed.
    await store.setEntry('/careers/cookie', page('<p>x</p>', { 'set-cookie': 'session=attacker' }))
    expect(await store.client.get(`${store.entryPrefix}/careers/cookie`)).not.toMatch(/attacker/)
    const served = (await store.getEntry('/careers/cookie')) as ReturnType<typeof page>
    expect(served.value.headers).toEqual({})

    // A tag expiry published or stored by someone else is not applied: one far in the future would
    // otherwise outrank every real revalidation and keep pages stale.
    const tag = `role:planted-${process.pid}-${Date.now()}`
    const forged = { at: 9e12, stale: 0, expired: 9e12, sig: 'f'.repeat(64) }
    await store.client.publish(store.tagsKey, JSON.stringify({ [tag]: JSON.stringify(forged) }))
    await store.client.hSet(store.tagsKey, tag, JSON.stringify(forged))
    await store.client.hSet(store.tagsKey, `${tag}\nforger`, JSON.stringify(forged))
    await expect.poll(() => store.refused).toBe(3)
    expect(tagsManifest.get(tag)).toBeUndefined()
    // Nor does a forged field hold back a real expiry: an instance that starts later gets the real one.
    const real = Date.now()
    await store.publishTags({ [tag]: { at: real, stale: real, expired: real } })
    tagsManifest.delete(tag)
    const late = await connected(`test-${process.pid}-planted-late-${Date.now()}`)
    stores.push(late)
    expect(tagsManifest.get(tag)).toEqual({ at: real, stale: real, expired: real })
    expect(late.refused).toBeGreaterThanOrEqual(2)
    // The forgeries were dropped from the hash on the way.
    const left = Object.keys(await late.client.hGetAll(late.tagsKey)).filter((f) =>
      f.startsWith(tag),
    )
    expect(left).toEqual([`${tag}\n${(store as unknown as { writer: string }).writer}`])
  })
})
