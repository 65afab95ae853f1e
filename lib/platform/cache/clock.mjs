/**
 * The clock Next's own cache dates entries and tag expiries by (since Next 16.5,
 * next/dist/server/lib/incremental-cache/file-system-cache.js and tags-manifest.external.js): wall
 * time at process start plus a monotonic count since. Our entries and expiries use the same, so an
 * entry and an expiry are never compared on two clocks that an NTP step has pulled apart.
 */
export const cacheNow = () => Math.floor(performance.timeOrigin + performance.now())
