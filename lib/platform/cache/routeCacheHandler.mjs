/**
 * Next's route and data cache (pages, route handlers, unstable_cache), shared by every instance
 * through Redis when REDIS_URL is set, and as Next keeps it by itself otherwise — on disk, with an
 * in-memory layer and its own tag expiry. Loaded by Next at run time from next.config.ts
 * (`cacheHandler`), hence plain JavaScript.
 *
 * Built on Next's own file-system cache, reached by its module path here and nowhere else (Next
 * exports no base class): entries go to Redis and to the local cache, so an instance whose Redis
 * is down keeps serving what it has; reads try this instance's memory and disk first, then Redis
 * (an entry another instance rendered is then kept in memory here); a tag expired on any instance
 * is applied to every instance's tag manifest (./sharedCacheStore.mjs), which is what Next's own
 * checks read, for local entries and Redis ones alike.
 * A 404 is never kept: otherwise every made-up address a crawler tried would add an entry.
 *
 * With fronts configured (FRONT_PURGE_URLS, lib/platform/front), every cached page also carries its
 * tags in the front's header (`xkey` for Varnish) — added to the entry itself, so the render's own
 * response and every later hit send it — and every tag expiry purges those tags at the fronts.
 */
import path from 'node:path'

import fileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache.js'
import tagsManifestModule from 'next/dist/server/lib/incremental-cache/tags-manifest.external.js'

import { buildIdIn } from '../buildId.mjs'
import { frontTagsValue } from '../front/adapters.mjs'
import { currentFrontConfig, purgeFronts } from '../front/purge.mjs'
import { cacheNow } from './clock.mjs'
import { sharedCacheStore } from './sharedCacheStore.mjs'

// Node hands an ES module the CommonJS exports object; vitest hands it `exports.default` already.
const FileSystemCache = fileSystemCache.default ?? fileSystemCache
const { areTagsExpired, tagsManifest } = tagsManifestModule.tagsManifest
  ? tagsManifestModule
  : tagsManifestModule.default

const TAGS_HEADER = 'x-next-cache-tags'
const ROUTE_KINDS = new Set(['APP_PAGE', 'APP_ROUTE', 'PAGES'])

const buildIds = new Map()
/** The build this server runs: entries of another build are never read. Read once per folder. */
function buildIdOf(serverDistDir) {
  if (!buildIds.has(serverDistDir))
    buildIds.set(serverDistDir, buildIdIn(path.join(serverDistDir, '..')))
  return buildIds.get(serverDistDir)
}

/**
 * When each key last missed: the render that follows started then, so its entry is dated then. A
 * tag expiry that reaches this instance while the render runs (over pub/sub, or after an outage)
 * then still expires it, instead of an entry of old data looking newer than the expiry.
 */
const missedAt = new Map()
function noteMiss(key) {
  if (missedAt.size > 10_000) missedAt.clear()
  missedAt.set(key, cacheNow())
}

/** Next's own tag checks (file-system-cache.js `get`), applied to an entry from Redis. */
export function isExpiredByTags(entry, ctx, revalidatedTags = []) {
  const value = entry?.value
  if (ROUTE_KINDS.has(value?.kind)) {
    const header = value.headers?.[TAGS_HEADER]
    return typeof header === 'string' && areTagsExpired(header.split(','), entry.lastModified)
  }
  if (value?.kind === 'FETCH') {
    const tags = ctx?.kind === 'FETCH' ? [...(ctx.tags ?? []), ...(ctx.softTags ?? [])] : []
    return (
      tags.some((tag) => revalidatedTags.includes(tag)) || areTagsExpired(tags, entry.lastModified)
    )
  }
  return false
}

const BUILD_HEADER = 'x-build'

/**
 * Gives a route entry (Next sends an entry's headers) the front's headers: its tags, for purges, and
 * its build, so a new build's start can drop it (lib/platform/front/purge.mjs). Only while this
 * instance hears every tag expiry (`trusted`): an instance cut off from Redis could hand the front a
 * page another instance has expired, which the front would then keep; without the tags, the front
 * keeps it only for the origin's own short lifetime (s-maxage).
 */
function applyFrontHeaders(entry, front, buildId, trusted) {
  const value = entry?.value ?? entry
  if (!front || !ROUTE_KINDS.has(value?.kind) || !value.headers) return entry
  const { header } = front.adapter
  if (!trusted) {
    delete value.headers[header]
    delete value.headers[BUILD_HEADER]
    return entry
  }
  if (!value.headers[header]) {
    const tags = frontTagsValue(value.headers[TAGS_HEADER], front.adapter)
    if (tags) value.headers[header] = tags
  }
  if (buildId) value.headers[BUILD_HEADER] = buildId
  return entry
}

export default class RouteCacheHandler extends FileSystemCache {
  constructor(ctx) {
    super(ctx)
    this.buildId = buildIdOf(ctx.serverDistDir ?? '')
    this.shared = sharedCacheStore(this.buildId)
    this.front = currentFrontConfig()
  }

  /** Whether this instance hears every tag expiry now: alone, or connected to the shared store. */
  hearsExpiries() {
    return !this.shared || this.shared.ready
  }

  async get(key, ctx) {
    // This instance's memory and disk first (checked against the shared tag expiries), then Redis.
    // Pages prerendered at build time come from disk without the front's header: added here.
    const local = await super.get(key, ctx)
    if (local) return applyFrontHeaders(local, this.front, this.buildId, this.hearsExpiries())
    noteMiss(key)
    if (!this.shared?.ready) return null
    try {
      const entry = await this.shared.getEntry(key)
      if (!entry || isExpiredByTags(entry, ctx, this.revalidatedTags)) return null
      // Kept in memory with its own lastModified, so a tag expiry that arrives later still applies.
      FileSystemCache.memoryCache?.set(key, entry)
      return applyFrontHeaders(entry, this.front, this.buildId, true)
    } catch (error) {
      this.shared.report(`read: ${error.message}`)
      return null
    }
  }

  async set(key, data, ctx) {
    if (data && data.status === 404) return
    // Before anything else: Next sends this same object as the render's response.
    applyFrontHeaders(data, this.front, this.buildId, this.hearsExpiries())
    const renderedSince = missedAt.get(key) ?? cacheNow()
    missedAt.delete(key)
    await super.set(key, data, ctx)
    const entry = {
      value: data,
      lastModified: renderedSince,
      cacheControl: ctx?.fetchCache ? undefined : ctx?.cacheControl,
    }
    // Next dated its memory copy "now": date it from the miss, as the shared copy is.
    if (data && FileSystemCache.memoryCache?.get(key)) FileSystemCache.memoryCache.set(key, entry)
    if (!data || !this.shared?.ready) return
    try {
      await this.shared.setEntry(key, entry)
    } catch (error) {
      this.shared.report(`write: ${error.message}`)
    }
  }

  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations)
    const list = typeof tags === 'string' ? [tags] : tags
    if (this.shared) {
      const at = cacheNow()
      await this.shared.publishTags(
        Object.fromEntries(list.map((tag) => [tag, { ...tagsManifest.get(tag), at }])),
      )
    }
    // After the expiry has been sent to the other instances (above); an instance that hears it
    // later than the front refetches is covered by the purge's repeats (lib/platform/front/purge.mjs).
    void purgeFronts(list, this.front)
  }
}
