/**
 * The Redis behind the shared Next cache (./routeCacheHandler.mjs): entries every instance reads and
 * writes, and tag expiries every instance applies to Next's own tag manifest — written to a hash
 * (so an instance that starts or reconnects catches up) and published (so running ones hear at
 * once). One store per process: Next builds a new cache handler for every request.
 */
import { createHash } from 'node:crypto'

import { createClient } from '@redis/client'
import tagsManifestModule from 'next/dist/server/lib/incremental-cache/tags-manifest.external.js'

import { decode, encode } from './cacheCodec.mjs'

const { tagsManifest } = tagsManifestModule.tagsManifest
  ? tagsManifestModule
  : tagsManifestModule.default

/** Entries live at most this long; Next's own revalidate times decide freshness well before. */
const ENTRY_TTL_SECONDS = 7 * 24 * 60 * 60

/** The same database key as lib/content/read.ts: one Redis may serve staging and production. */
const databaseKey = createHash('sha256')
  .update(process.env.DATABASE_URI ?? 'default-sqlite')
  .digest('hex')
  .slice(0, 12)

/** Keeps the later of two expiries per field: updates may arrive in any order, or twice. */
export function mergeTagState(current = {}, update = {}) {
  const merged = { ...current }
  for (const field of ['stale', 'expired']) {
    if (typeof update[field] === 'number')
      merged[field] = Math.max(current[field] ?? 0, update[field])
  }
  return merged
}

function applyTagStates(states) {
  for (const [tag, state] of Object.entries(states)) {
    tagsManifest.set(tag, mergeTagState(tagsManifest.get(tag), state))
  }
}

class SharedCacheStore {
  /** @param {string} url @param {string} buildId */
  constructor(url, buildId) {
    this.entryPrefix = `careerscope:next:${buildId}:${databaseKey}:`
    this.tagsKey = `careerscope:next-tags:${databaseKey}`
    this.lastError = ''
    /** Tag expiries made while Redis was away: sent when it is back. */
    this.pendingTags = {}
    const options = {
      url,
      disableOfflineQueue: true,
      socket: {
        connectTimeout: 2_000,
        reconnectStrategy: (retries) => Math.min(200 * 2 ** retries, 5_000),
      },
    }
    this.client = createClient(options)
    this.subscriber = createClient(options)
    for (const [name, client] of [
      ['cache', this.client],
      ['cache subscriber', this.subscriber],
    ]) {
      client.on('error', (error) => this.report(`${name}: ${error.message}`))
      client.connect().catch(() => {})
    }
    this.client.on('ready', () => void this.catchUp())
    this.subscriber.on('ready', () => {
      this.subscriber
        .subscribe(this.tagsKey, (message) => {
          try {
            applyTagStates(JSON.parse(message))
          } catch {
            // Not ours: ignore.
          }
        })
        .catch((error) => this.report(`subscribe: ${error.message}`))
    })
  }

  get ready() {
    return this.client.isReady
  }

  report(message) {
    if (message !== this.lastError)
      console.error(`[cache] Redis ${message}; serving from this instance's cache`)
    this.lastError = message
  }

  /** On (re)connect: send what this instance expired meanwhile, then take every instance's expiries. */
  async catchUp() {
    try {
      if (Object.keys(this.pendingTags).length) await this.publishTags({})
      const all = await this.client.hGetAll(this.tagsKey)
      applyTagStates(
        Object.fromEntries(Object.entries(all).map(([tag, json]) => [tag, JSON.parse(json)])),
      )
      if (this.lastError) console.info('[cache] Redis connected again: sharing the cache')
      this.lastError = ''
    } catch (error) {
      this.report(`catch-up: ${error.message}`)
    }
  }

  async getEntry(key) {
    const json = await this.client.get(this.entryPrefix + key)
    return json ? decode(JSON.parse(json)) : null
  }

  async setEntry(key, entry) {
    await this.client.set(this.entryPrefix + key, JSON.stringify(encode(entry)), {
      expiration: { type: 'EX', value: ENTRY_TTL_SECONDS },
    })
  }

  /** Shares tag expiries (with any left over from an outage); kept for later if Redis is away. */
  async publishTags(states) {
    for (const [tag, state] of Object.entries(states)) {
      this.pendingTags[tag] = mergeTagState(this.pendingTags[tag], state)
    }
    if (!this.ready) return
    const sending = this.pendingTags
    this.pendingTags = {}
    try {
      const current = await this.client.hmGet(this.tagsKey, Object.keys(sending))
      const merged = Object.fromEntries(
        Object.entries(sending).map(([tag, state], i) => [
          tag,
          mergeTagState(current[i] ? JSON.parse(current[i]) : {}, state),
        ]),
      )
      await this.client
        .multi()
        .hSet(
          this.tagsKey,
          Object.fromEntries(Object.entries(merged).map(([t, s]) => [t, JSON.stringify(s)])),
        )
        .publish(this.tagsKey, JSON.stringify(merged))
        .exec()
    } catch (error) {
      for (const [tag, state] of Object.entries(sending)) {
        this.pendingTags[tag] = mergeTagState(this.pendingTags[tag], state)
      }
      this.report(`tag expiry: ${error.message}`)
    }
  }
}

let store
/** The process's store, or null without REDIS_URL or outside a production server. */
export function sharedCacheStore(buildId) {
  const url = process.env.REDIS_URL
  if (!url || !buildId || process.env.NODE_ENV !== 'production') return null
  store ??= new SharedCacheStore(url, buildId)
  return store
}
