import { listArticleCards } from '@/lib/content'
import { missingPageCacheControl } from '@/lib/platform/routing'
import { xmlResponse } from '@/lib/platform/xml'
import { rssXml } from '@/lib/seo/rss'

/** Served at /feed.xml (a rewrite): rendered on first request, then from the route cache. */
export function generateStaticParams() {
  return []
}

/** RSS 2.0 of the 50 newest published articles. */
export async function GET(_request: Request, { params }: { params: Promise<{ feed: string }> }) {
  if ((await params).feed !== 'rss.xml')
    return new Response('Not found', {
      status: 404,
      headers: { 'cache-control': missingPageCacheControl() },
    })
  return xmlResponse(rssXml(await listArticleCards({ limit: 50 })), 'application/rss+xml')
}
