import fs from 'node:fs'
import path from 'node:path'

/**
 * Empties the route and data caches a previous run of this build left on disk. Next keeps tag
 * expiries in memory only, so after a restart an entry written before a change it never heard of
 * (made while the server was down, by `npm run seed`, or by another instance) would be served as
 * fresh. Pages render again on their next request. Nothing else in the build is touched.
 */
export function emptyRouteCaches(distDir = process.env.NEXT_DIST_DIR || '.next'): void {
  for (const dir of [
    path.join(distDir, 'server', 'route-cache'),
    path.join(distDir, 'cache', 'fetch-cache'),
  ]) {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
