import { describe, expect, it } from 'vitest'

import { highlight } from '@/lib/search/highlight'
import { serializeJsonLd } from '@/lib/seo/jsonLd'
import { pageMetadata } from '@/lib/seo/metadata'
import {
  SITEMAP_LIMIT,
  sitemapChunk,
  sitemapFileCount,
  sitemapIndexXml,
  urlsetXml,
} from '@/lib/seo/sitemap'
import { escapeXml } from '@/lib/seo/xml'

describe('pageMetadata', () => {
  it('gives every page an absolute canonical URL and its own og:url', () => {
    const meta = pageMetadata({
      title: 'DevOps Engineer',
      description: 'Runs things.',
      path: '/careers/devops-engineer',
    })
    expect(meta.alternates?.canonical).toBe('http://localhost:3000/careers/devops-engineer')
    expect(meta.openGraph).toMatchObject({
      url: 'http://localhost:3000/careers/devops-engineer',
      title: 'DevOps Engineer',
      siteName: 'Careerscope',
    })
    expect(meta.twitter).toMatchObject({ card: 'summary_large_image', title: 'DevOps Engineer' })
  })
})

describe('serializeJsonLd', () => {
  it('cannot close its script element', () => {
    const json = serializeJsonLd({ name: '</script><script>alert(1)</script>' })
    expect(json).not.toContain('</script>')
    expect(JSON.parse(json)).toEqual({ name: '</script><script>alert(1)</script>' })
  })
})

describe('sitemaps', () => {
  it('splits past 50,000 URLs', () => {
    expect(sitemapFileCount(0)).toBe(1)
    expect(sitemapFileCount(SITEMAP_LIMIT)).toBe(1)
    expect(sitemapFileCount(SITEMAP_LIMIT + 1)).toBe(2)
    const entries = Array.from({ length: SITEMAP_LIMIT + 5 }, (_, i) => i)
    expect(sitemapChunk(entries, 1)).toEqual([50_000, 50_001, 50_002, 50_003, 50_004])
    expect(sitemapIndexXml(2)).toContain('<loc>http://localhost:3000/sitemaps/1.xml</loc>')
  })

  it('writes escaped, absolute URLs with their last change', () => {
    const xml = urlsetXml([{ path: '/careers/a&b', lastModified: '2026-01-01T00:00:00.000Z' }])
    expect(xml).toContain(
      '<url><loc>http://localhost:3000/careers/a&amp;b</loc><lastmod>2026-01-01T00:00:00.000Z</lastmod></url>',
    )
  })

  it('escapes XML', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;',
    )
  })
})

describe('highlight', () => {
  it('marks every query word, whatever its case', () => {
    expect(highlight('Kubernetes and kubectl', 'kubernetes KUBECTL')).toEqual([
      { text: 'Kubernetes', match: true },
      { text: ' and ', match: false },
      { text: 'kubectl', match: true },
    ])
  })

  it('treats regex characters in the query as text', () => {
    expect(highlight('C++ developer', 'c++')).toEqual([
      { text: 'C++', match: true },
      { text: ' developer', match: false },
    ])
  })
})
