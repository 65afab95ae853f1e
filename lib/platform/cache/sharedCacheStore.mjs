/**
 * The Redis behind the shared Next cache (./routeCacheHandler.mjs): entries every instance reads and
 * writes, and tag expiries every instance applies to Next's own tag manifest — kept in a hash (so an
 * instance that starts or reconnects catches up) and published (so running ones hear at once). One
 * store per process: Next builds a new cache handler for every request.
 */
import { randomUUID } from 'node:crypto'

import { createClient } from '@redis/client'
import tagsManifestModule from 'next/dist/server/lib/incremental-cache/tags-manifest.external.js'

import { databaseKey } from '../databaseKey.mjs'
import { redisClientOptions } from '../redisOptions.mjs'
import { decode, encode } from './cacheCodec.mjs'
import { cacheNow } from './clock.mjs'
import { openEntry, openTagState, sealEntry, sealTagState } from './integrity.mjs'

// Node hands an ES module the CommonJS exports object; vitest hands it `exports.default` already.
const { tagsManifest } = tagsManifestModule.tagsManifest
  ? tagsManifestModule
  : tagsManifestModule.default

/** Entries live at most this long; Next's own revalidate times decide freshness well before. */
export const ENTRY_TTL_SECONDS = 7 * 24 * 60 * 60

/**
 * A tag's state: `at` is when it was revalidated, `stale`/`expired` what Next's manifest holds.
 * The latest revalidation wins whole — not the larger of each field, which would let an old
 * far-future expiry override a later immediate one.
 */
export function mergeTagState(current, update) {
  if (!current) return update
  return (update?.at ?? 0) >= (current.at ?? 0) ? update : current
}

/**
 * The sealed tag states read from Redis (the hash or the channel) that hold their seal, merged per
 * tag (the latest revalidation wins), and how many did not hold. Each field of the hash is one
 * instance's own `tag\nwriter`, so nobody's forged field can stand in for, or hold back, a real one.
 */
function openTagStates(scope, fields) {
  const opened = {}
  const refused = []
  for (const [field, sealed] of Object.entries(fields)) {
    const tag = field.split('\n')[0]
    let state = null
    try {
      state = openTagState(scope, tag, typeof sealed === 'string' ? JSON.parse(sealed) : sealed)
    } catch {
      state = null
    }
    if (state) opened[tag] = mergeTagState(opened[tag], state)
    else refused.push(field)
  }
  return { opened, refused }
}

/**
 * Applies states to this process's tag manifest. An immediate expiry heard live is dated no earlier
 * than its arrival here, so an entry this instance wrote between the remote revalidation and now
 * (clocks of two machines differ by a little) is expired too; catching up on the hash applies the
 * recorded times as they are.
 */
function applyTagStates(states, { live }) {
  const now = cacheNow()
  for (const [tag, state] of Object.entries(states)) {
    const local = tagsManifest.get(tag)
    const merged = mergeTagState(local, state)
    if (merged !== state) continue
    const immediate = typeof state.expired === 'number' && state.expired <= (state.at ?? 0)
    tagsManifest.set(
      tag,
      live && immediate
        ? {
            ...state,
            stale: Math.max(state.stale ?? 0, now),
            expired: Math.max(state.expired, now),
          }
        : state,
    )
  }
}

/** Entries keep no cookies: Next would replay them to whoever the entry is served to. */
function withoutCookies(entry) {
  const headers = entry?.value?.headers
  if (!headers || typeof headers !== 'object') return entry
  const kept = Object.fromEntries(
    Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'set-cookie'),
  )
  return { ...entry, value: { ...entry.value, headers: kept } }
}

export class SharedCacheStore {
  /** @param {string} url @param {string} buildId */
  constructor(url, buildId) {
    this.entryPrefix = `careerscope:next:${buildId}:${databaseKey}:`
    this.tagsKey = `careerscope:next-tags:${databaseKey}`
    this.lastError = ''
    /** Entries and tag expiries read from Redis whose seal did not hold (./integrity.mjs). */
    this.refused = 0
    this.subscribed = false
    this.caughtUp = false
    /** Tag expiries made while Redis was away: sent when it is back. */
    this.pendingTags = {}
    /** This process's own field in the hash of each tag, and the latest state it wrote there. */
    this.writer = randomUUID()
    this.written = {}
    this.client = createClient(redisClientOptions(url))
    this.subscriber = createClient(redisClientOptions(url))
    for (const [name, client] of [
      ['cache', this.client],
      ['cache subscriber', this.subscriber],
    ]) {
      client.on('error', (error) => this.report(`${name}: ${error.message}`))
      client.on('end', () => (this.caughtUp = false))
      client.connect().catch(() => {})
    }
    this.client.on('ready', () => void this.catchUp())
    this.subscriber.on('ready', () => {
      this.subscribed = false
      this.caughtUp = false
      this.subscriber
        .subscribe(this.tagsKey, (message) => {
          let fields = {}
          try {
            fields = JSON.parse(message)
          } catch {
            this.refuse(1, 'tag expiry')
          }
          const { opened, refused } = openTagStates(this.tagsKey, fields)
          this.refuse(refused.length, 'tag expiry')
          applyTagStates(opened, { live: true })
        })
        .then(() => {
          this.subscribed = true
          return this.catchUp()
        })
        .catch((error) => this.report(`subscribe: ${error.message}`))
    })
  }

  /** Redis is up and this instance has every expiry other instances made: safe to share entries. */
  get ready() {
    return this.client.isReady && this.caughtUp
  }

  /** Counts what failed its seal, and says so on the first and then every hundredth. */
  refuse(count, what) {
    if (!count) return
    const before = this.refused
    this.refused += count
    if (before === 0 || Math.floor(before / 100) !== Math.floor(this.refused / 100))
      console.error(
        `[cache] Redis held a ${what} that fails its seal: ignored (${this.refused} so far). Something other than this site writes to Redis: see docs/operations.md.`,
      )
  }

  report(message) {
    if (message !== this.lastError) {
      console.error(`[cache] Redis ${message}; serving from this instance's cache`)
    }
    this.lastError = message
  }

  /**
   * Once both connections are up and the subscription is acknowledged (so nothing published from
   * now on is missed): send what this instance expired meanwhile, then read every instance's
   * expiries, dropping those older than any entry can be.
   */
  async catchUp() {
    if (!this.client.isReady || !this.subscribed) return
    try {
      if (Object.keys(this.pendingTags).length) await this.publishTags({})
      const all = await this.client.hGetAll(this.tagsKey)
      const { opened, refused } = openTagStates(this.tagsKey, all)
      this.refuse(refused.length, 'tag expiry')
      const oldest = cacheNow() - ENTRY_TTL_SECONDS * 1000
      const old = Object.entries(all)
        .filter(([field]) => (opened[field.split('\n')[0]]?.at ?? 0) < oldest)
        .map(([field]) => field)
      for (const tag of Object.keys(opened)) if ((opened[tag].at ?? 0) < oldest) delete opened[tag]
      applyTagStates(opened, { live: false })
      // What failed its seal, and expiries older than any entry can be, are dropped.
      const dropped = [...new Set([...refused, ...old])]
      if (dropped.length) await this.client.hDel(this.tagsKey, dropped)
      this.caughtUp = true
      if (this.lastError) console.info('[cache] Redis connected again: sharing the cache')
      this.lastError = ''
    } catch (error) {
      this.report(`catch-up: ${error.message}`)
    }
  }

  async getEntry(key) {
    const name = this.entryPrefix + key
    const stored = await this.client.get(name)
    if (!stored) return null
    const json = openEntry(name, stored)
    if (json === null) {
      this.refuse(1, 'entry')
      return null
    }
    const entry = decode(JSON.parse(json))
    // A genuine entry older than any kept in Redis was put back by someone: its expiries are gone.
    if ((entry?.lastModified ?? 0) < cacheNow() - ENTRY_TTL_SECONDS * 1000) return null
    return withoutCookies(entry)
  }

  async setEntry(key, entry) {
    const name = this.entryPrefix + key
    await this.client.set(name, sealEntry(name, JSON.stringify(encode(withoutCookies(entry)))), {
      expiration: { type: 'EX', value: ENTRY_TTL_SECONDS },
    })
  }

  /** Shares tag expiries (with any left over from an outage); kept for later if Redis is away. */
  async publishTags(states) {
    for (const [tag, state] of Object.entries(states)) {
      this.pendingTags[tag] = mergeTagState(this.pendingTags[tag], state)
    }
    if (!this.client.isReady || !Object.keys(this.pendingTags).length) return
    const sending = this.pendingTags
    this.pendingTags = {}
    try {
      // Into this process's own field of each tag: a later revalidation from here replaces an
      // earlier one, never the reverse; other instances' fields are theirs.
      const sealed = {}
      for (const [tag, state] of Object.entries(sending)) {
        this.written[tag] = mergeTagState(this.written[tag], state)
        sealed[`${tag}\n${this.writer}`] = JSON.stringify(
          sealTagState(this.tagsKey, tag, this.written[tag]),
        )
      }
      await this.client
        .multi()
        .hSet(this.tagsKey, sealed)
        .publish(this.tagsKey, JSON.stringify(sealed))
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
/**
 * The process's store, or null: without REDIS_URL, outside a production server, and while
 * `next build` prerenders (its workers must not share a cache the running site uses).
 */
export function sharedCacheStore(buildId) {
  const url = process.env.REDIS_URL
  if (!url || !buildId || process.env.NODE_ENV !== 'production') return null
  if (process.env.NEXT_PHASE === 'phase-production-build') return null
  store ??= new SharedCacheStore(url, buildId)
  return store
}
