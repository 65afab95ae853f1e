import { pairPath } from '../comparisons/pairs'
import type { SitemapEntry, SitemapSources } from '../content/sitemap'
import { MARKETS } from '../markets'
import { SITE_PATHS, sitemapFilePath } from '../paths'
import { escapeXml } from '../platform/xml'
import { absoluteUrl } from './metadata'

/** The sitemap protocol's limit per file; past it, /sitemap.xml becomes an index of numbered files. */
export const SITEMAP_LIMIT = 50_000

/** Pages that exist whatever the content: the home page and the indexes. */
export const STATIC_PATHS = [
  SITE_PATHS.home,
  SITE_PATHS.careers,
  SITE_PATHS.compare,
  SITE_PATHS.salaries,
  SITE_PATHS.takeHome,
]

export function sitemapFileCount(entries: number): number {
  return Math.max(1, Math.ceil(entries / SITEMAP_LIMIT))
}

const marketBits = (markets: string[]) =>
  markets.reduce((bits, m) => bits | (1 << MARKETS.findIndex((x) => x.value === m)), 0)

/**
 * The generated comparisons worth indexing, in canonical (alphabetical) order: pairs of careers
 * with salary data for a shared market (the others are noindex), except pairs an editor wrote up.
 * Generated lazily: 1,000 careers make ~500,000 pairs, and a sitemap file needs 50,000 of them.
 */
export function* indexablePairs(sources: SitemapSources): Generator<SitemapEntry> {
  const careers = [...sources.careers].sort((a, b) => (a.slug < b.slug ? -1 : 1))
  const bits = careers.map((c) => marketBits(c.markets))
  const editorial = new Set(sources.editorialPairs)
  // An editorial page may sit at a pair's address (it takes that pair's place): listed once.
  const pages = new Set(sources.pages.map((p) => p.path))
  for (let i = 0; i < careers.length; i++) {
    if (!bits[i]) continue
    for (let j = i + 1; j < careers.length; j++) {
      if (!(bits[i]! & bits[j]!)) continue
      const [a, b] = [careers[i]!, careers[j]!]
      if (editorial.has([a.id, b.id].sort().join(':'))) continue
      const path = pairPath(a.slug, b.slug)
      if (pages.has(path)) continue
      yield {
        path,
        lastModified: a.updatedAt > b.updatedAt ? a.updatedAt : b.updatedAt,
      }
    }
  }
}

/** Every URL of the site, in order: the fixed pages, each published page, then the pairs. */
function* allEntries(sources: SitemapSources): Generator<SitemapEntry> {
  const newest = sources.pages.reduce<string>(
    (max, d) => (d.lastModified > max ? d.lastModified : max),
    '',
  )
  for (const path of STATIC_PATHS) yield { path, lastModified: newest }
  yield* sources.pages
  yield* indexablePairs(sources)
}

export function sitemapEntryCount(sources: SitemapSources): number {
  let count = 0
  for (const _ of allEntries(sources)) count++
  return count
}

/** One file's URLs: entries `index × 50,000` onwards, up to 50,000 of them. */
export function sitemapChunk(sources: SitemapSources, index: number): SitemapEntry[] {
  const chunk: SitemapEntry[] = []
  let position = 0
  const start = index * SITEMAP_LIMIT
  for (const entry of allEntries(sources)) {
    if (position++ < start) continue
    chunk.push(entry)
    if (chunk.length === SITEMAP_LIMIT) break
  }
  return chunk
}

export function urlsetXml(entries: SitemapEntry[]): string {
  const urls = entries
    .map(
      (e) =>
        `<url><loc>${escapeXml(absoluteUrl(e.path))}</loc>${e.lastModified ? `<lastmod>${escapeXml(e.lastModified)}</lastmod>` : ''}</url>`,
    )
    .join('')
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls}</urlset>\n`
}

export function sitemapIndexXml(files: number): string {
  const items = Array.from(
    { length: files },
    (_, i) => `<sitemap><loc>${escapeXml(absoluteUrl(sitemapFilePath(i)))}</loc></sitemap>`,
  ).join('')
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${items}</sitemapindex>\n`
}
