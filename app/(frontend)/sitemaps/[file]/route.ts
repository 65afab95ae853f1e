import { getSitemapSources } from '@/lib/content'
import { xmlResponse } from '@/lib/platform/xml'
import {
  sitemapChunk,
  sitemapEntryCount,
  sitemapFileCount,
  sitemapIndexXml,
  urlsetXml,
} from '@/lib/seo/sitemap'

/** Rendered on first request, then served from the route cache until a listed page changes. */
export function generateStaticParams() {
  return []
}

/**
 * `/sitemap.xml` (a rewrite to /sitemaps/index.xml): every published page and indexable generated
 * comparison, or past 50,000 URLs an index of the numbered files; `/sitemaps/0.xml`, `/sitemaps/1.xml`
 * …: one file of a split sitemap.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const file = (await params).file
  const sources = await getSitemapSources()
  const files = sitemapFileCount(sitemapEntryCount(sources))
  if (file === 'index.xml') {
    return xmlResponse(files === 1 ? urlsetXml(sitemapChunk(sources, 0)) : sitemapIndexXml(files))
  }
  // One spelling per file: "00.xml" is not "0.xml" (each spelling would be its own cache entry).
  const match = /^(0|[1-9]\d{0,5})\.xml$/.exec(file)
  const index = match ? Number(match[1]) : -1
  if (index < 0 || index >= files) return new Response('Not found', { status: 404 })
  return xmlResponse(urlsetXml(sitemapChunk(sources, index)))
}
