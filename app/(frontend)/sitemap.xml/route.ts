import { listSitemapEntries } from '@/lib/content'
import { allSitemapEntries, sitemapFileCount, sitemapIndexXml, urlsetXml } from '@/lib/seo/sitemap'
import { xmlResponse } from '@/lib/seo/xml'

/** Every published page; past 50,000 URLs, an index of /sitemaps/N.xml files instead. */
export async function GET() {
  const entries = allSitemapEntries(await listSitemapEntries())
  const files = sitemapFileCount(entries.length)
  return xmlResponse(files === 1 ? urlsetXml(entries) : sitemapIndexXml(files))
}
