import type { SitemapEntry } from '../content'
import { SITE_PATHS, sitemapFilePath } from '../paths'
import { absoluteUrl } from './metadata'
import { escapeXml } from './xml'

/** The sitemap protocol's limit per file; past it, /sitemap.xml becomes an index of numbered files. */
export const SITEMAP_LIMIT = 50_000

/** Pages that exist whatever the content: the home page and the indexes. */
export const STATIC_PATHS = [SITE_PATHS.home, SITE_PATHS.careers, SITE_PATHS.compare]

export function sitemapFileCount(entries: number): number {
  return Math.max(1, Math.ceil(entries / SITEMAP_LIMIT))
}

export function sitemapChunk<T>(entries: T[], index: number): T[] {
  return entries.slice(index * SITEMAP_LIMIT, (index + 1) * SITEMAP_LIMIT)
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

/** Every URL of the site: the fixed pages first, then each published document. */
export function allSitemapEntries(documents: SitemapEntry[]): SitemapEntry[] {
  const newest = documents.reduce<string>(
    (max, d) => (d.lastModified > max ? d.lastModified : max),
    '',
  )
  return [...STATIC_PATHS.map((path) => ({ path, lastModified: newest })), ...documents]
}
