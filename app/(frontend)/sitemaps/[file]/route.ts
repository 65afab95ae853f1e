import { listSitemapEntries } from '@/lib/content'
import { allSitemapEntries, sitemapChunk, sitemapFileCount, urlsetXml } from '@/lib/seo/sitemap'
import { xmlResponse } from '@/lib/seo/xml'

/** One numbered file of a split sitemap: /sitemaps/0.xml, /sitemaps/1.xml … */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const match = /^(\d+)\.xml$/.exec((await params).file)
  const entries = allSitemapEntries(await listSitemapEntries())
  const index = match ? Number(match[1]) : -1
  if (index < 0 || index >= sitemapFileCount(entries.length))
    return new Response('Not found', { status: 404 })
  return xmlResponse(urlsetXml(sitemapChunk(entries, index)))
}
