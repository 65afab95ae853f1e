import { listArticleCards } from '@/lib/content'
import { rssXml } from '@/lib/seo/rss'
import { xmlResponse } from '@/lib/seo/xml'

/** RSS 2.0 of the 50 newest published articles. */
export async function GET() {
  return xmlResponse(rssXml(await listArticleCards({ limit: 50 })), 'application/rss+xml')
}
