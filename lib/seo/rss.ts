import type { ArticleCard } from '../content'
import { articlePath, SITE_PATHS } from '../paths'
import { escapeXml } from '../platform/xml'
import { absoluteUrl, SITE_NAME } from './metadata'

/** RSS 2.0 of published articles, newest first. */
export function rssXml(articles: ArticleCard[]): string {
  const items = articles
    .flatMap((a) => {
      const path = articlePath(a)
      if (!path) return []
      const url = escapeXml(absoluteUrl(path))
      return [
        `<item><title>${escapeXml(a.title)}</title><link>${url}</link><guid isPermaLink="true">${url}</guid>` +
          (a.distinction ? `<description>${escapeXml(a.distinction)}</description>` : '') +
          (a.publishedAt ? `<pubDate>${new Date(a.publishedAt).toUTCString()}</pubDate>` : '') +
          `</item>`,
      ]
    })
    .join('')
  const newest = articles.find((a) => a.publishedAt)?.publishedAt
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>` +
    `<title>${SITE_NAME}</title><link>${escapeXml(absoluteUrl(SITE_PATHS.home))}</link>` +
    `<description>Career comparisons and guides, with salaries in ₹ LPA.</description><language>en-IN</language>` +
    `<atom:link href="${escapeXml(absoluteUrl(SITE_PATHS.feed))}" rel="self" type="application/rss+xml"/>` +
    (newest ? `<lastBuildDate>${new Date(newest).toUTCString()}</lastBuildDate>` : '') +
    `${items}</channel></rss>\n`
  )
}
