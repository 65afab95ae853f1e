/**
 * Next's route and data cache (pages, route handlers, unstable_cache), as Next keeps it by itself —
 * on disk, with an in-memory layer and its own tag expiry — except that a 404 is never kept. Public
 * pages render on their first request and are then served from this cache; without the exception,
 * every made-up address a crawler tried (`/careers/anything`) would add an entry that nothing ever
 * removes. Loaded by Next at run time from next.config.ts (`cacheHandler`), hence plain JavaScript.
 *
 * Next exports no base class for this; its own file-system cache is reached by its module path
 * (next/dist/server/lib/incremental-cache/file-system-cache.js), here and nowhere else.
 */
import fileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache.js'

const FileSystemCache = fileSystemCache.default

export default class RouteCacheHandler extends FileSystemCache {
  /** @param {string} key @param {{ status?: number } | null} data @param {unknown} ctx */
  async set(key, data, ctx) {
    if (data && data.status === 404) return
    return super.set(key, data, ctx)
  }
}
