import { describe, expect, it } from 'vitest'

import { escapeXml } from '@/lib/platform/xml'
import { highlight } from '@/lib/search/highlight'
import { serializeJsonLd } from '@/lib/seo/jsonLd'
import { pageMetadata } from '@/lib/seo/metadata'
import {
  indexablePairs,
  SITEMAP_LIMIT,
  sitemapChunk,
  sitemapEntryCount,
  sitemapFileCount,
  sitemapIndexXml,
  STATIC_PATHS,
  urlsetXml,
} from '@/lib/seo/sitemap'

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
    expect(sitemapIndexXml(2)).toContain('<loc>http://localhost:3000/sitemaps/0.xml</loc>')
    expect(sitemapIndexXml(2)).toContain('<loc>http://localhost:3000/sitemaps/1.xml</loc>')
  })

  it('lists pairs sharing a market, alphabetically, without editorial pairs, split at 50,000', () => {
    const career = (id: number, markets: string[]) => ({
      id: String(id),
      slug: `career-${String(id).padStart(4, '0')}`,
      updatedAt: `2026-01-0${(id % 9) + 1}T00:00:00.000Z`,
      markets,
    })
    const careers = [
      career(3, ['IN']),
      career(1, ['IN', 'US']),
      career(2, ['US']),
      career(4, []),
      career(5, ['GB']),
    ]
    const sources = { pages: [], careers, editorialPairs: ['1:3'] }
    expect([...indexablePairs(sources)]).toEqual([
      { path: '/compare/career-0001-vs-career-0002', lastModified: '2026-01-03T00:00:00.000Z' },
    ])
    // 320 careers sharing India: 51,040 pairs, plus the fixed pages: two files.
    const many = {
      pages: [],
      careers: Array.from({ length: 320 }, (_, i) => career(i, ['IN'])),
      editorialPairs: [],
    }
    expect(sitemapEntryCount(many)).toBe(STATIC_PATHS.length + (320 * 319) / 2)
    expect(sitemapFileCount(sitemapEntryCount(many))).toBe(2)
    expect(sitemapChunk(many, 0)).toHaveLength(SITEMAP_LIMIT)
    expect(sitemapChunk(many, 1)).toHaveLength(
      STATIC_PATHS.length + (320 * 319) / 2 - SITEMAP_LIMIT,
    )
    expect(sitemapChunk(many, 1)[0]!.path).not.toBe(sitemapChunk(many, 0).at(-1)!.path)
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
