import type { MetadataRoute } from 'next'

import { SITE_PATHS } from '@/lib/paths'
import { absoluteUrl } from '@/lib/seo/metadata'

export default function robots(): MetadataRoute.Robots {
  return {
    // Images are served from /api/media/file/; the rest of the API and the admin are not for crawlers.
    rules: [
      {
        userAgent: '*',
        allow: ['/', '/api/media/file/'],
        disallow: ['/admin', '/api/', '/preview', SITE_PATHS.account],
      },
    ],
    sitemap: absoluteUrl(SITE_PATHS.sitemap),
  }
}
