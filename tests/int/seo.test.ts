import { beforeAll, describe, expect, it } from 'vitest'

import {
  findRedirect,
  getCareerProfile,
  getComparison,
  getSitemapSources,
  listArticleCards,
  searchSite,
} from '@/lib/content'
import { articleJsonLd, occupationJsonLd } from '@/lib/seo/jsonLd'
import { rssXml } from '@/lib/seo/rss'
import { sitemapChunk } from '@/lib/seo/sitemap'
import { roles as demoCareers } from '@/payload/seed/demoContent'
import type { Role } from '@/payload-types'

import { roleData } from './helpers'
import { bootSite, payload } from './site'

const SECRET = 'NOT-YET-PUBLIC'
bootSite({ demo: true })
let published: Role

/** The demo's skill of that name, or a new one. */
async function skillNamed(name: string) {
  const { docs } = await payload.find({ collection: 'skills', where: { name: { equals: name } } })
  return docs[0] ?? (await payload.create({ collection: 'skills', data: { name } }))
}

beforeAll(async () => {
  await payload.create({
    collection: 'roles',
    data: {
      ...roleData(`Draft ${SECRET}`),
      skills: [(await skillNamed('Kubernetes')).id],
      _status: 'draft',
    },
    draft: true,
  })
  await payload.create({
    collection: 'articles',
    data: { kind: 'guide', title: `Guide ${SECRET}`, distinction: 'x', _status: 'draft' },
    draft: true,
  })
  published = await payload.create({
    collection: 'roles',
    data: { ...roleData('Platform Engineer'), _status: 'published' },
  })
  await payload.update({
    collection: 'roles',
    id: published.id,
    data: { title: `Platform Engineer ${SECRET}` },
    draft: true,
  })
})

describe('structured data and metadata come from the page data', () => {
  it('Occupation carries each level of the salary table, in rupees a year', async () => {
    const profile = (await getCareerProfile.uncached({ payload }, 'devops-engineer'))!
    const ld = occupationJsonLd(
      profile.role,
      '/careers/devops-engineer',
      profile.salaryTables,
      new Date('2026-11-30T00:00:00Z'),
    ) as Record<string, any>
    expect(ld['@type']).toBe('Occupation')
    expect(ld.name).toBe('DevOps Engineer')
    expect(ld.occupationLocation).toEqual([{ '@type': 'Country', name: 'India' }])
    expect(
      ld.estimatedSalary.map((s: Record<string, unknown>) => [
        s.name,
        s.currency,
        s.duration,
        s.minValue,
        s.maxValue,
      ]),
    ).toEqual([
      ['Fresher, India 2026', 'INR', 'P1Y', 500_000, 900_000],
      ['Mid-level, India 2026', 'INR', 'P1Y', 1_600_000, 3_000_000],
      ['Senior / Lead, India 2026', 'INR', 'P1Y', 3_000_000, 6_000_000],
    ])
    // Each band names its evidence.
    expect(ld.estimatedSalary[0].description).toBe(
      'Editorial estimate · Careerscope editors · medium confidence · reviewed 1 Apr 2026',
    )
    expect(ld.mainEntityOfPage).toEqual({
      '@type': 'WebPage',
      '@id': 'http://localhost:3000/careers/devops-engineer',
      lastReviewed: '2026-04-01',
    })
  })

  it('Article names the headline, authors and dates of the comparison', async () => {
    const { article, authors } = (await getComparison.uncached(
      { payload },
      'backend-developer-vs-devops-engineer',
    ))!
    const ld = articleJsonLd({
      headline: article.title,
      path: '/compare/backend-developer-vs-devops-engineer',
      image: '/og/compare/backend-developer-vs-devops-engineer',
      authors,
      datePublished: article.publishedAt,
      dateModified: article.updatedAt,
    }) as Record<string, any>
    expect(ld.headline).toMatch(/^Backend Developer vs DevOps Engineer/)
    expect(ld.author).toEqual([{ '@type': 'Person', name: 'Careerscope Editors' }])
    expect(ld.datePublished).toBe('2026-04-15T04:30:00.000Z')
    expect(ld.image).toEqual([
      'http://localhost:3000/og/compare/backend-developer-vs-devops-engineer',
    ])
  })
})

describe('sitemap, feed and search list the published set only', () => {
  it('the sitemap has exactly the published pages, and the generated pairs worth indexing', async () => {
    const paths = sitemapChunk(await getSitemapSources.uncached({ payload }), 0).map((e) => e.path)
    // Every pair of demo careers (all have Indian salary data) in alphabetical order, once; the
    // editorial comparison of backend and DevOps is at its pair's address; Platform Engineer, with
    // no salary data, is in no pair (its pairs are noindex).
    const slugs = demoCareers.map((c) => c.slug).sort()
    const pairs = slugs.flatMap((a, i) => slugs.slice(i + 1).map((b) => `/compare/${a}-vs-${b}`))
    expect(pairs).toContain('/compare/backend-developer-vs-devops-engineer')
    expect(paths.sort()).toEqual(
      [
        '/',
        '/careers',
        '/compare',
        '/salaries',
        '/salaries/take-home',
        ...demoCareers.map((c) => `/careers/${c.slug}`),
        // Where each can lead; Platform Engineer names no skills, so its page would be empty.
        ...demoCareers.map((c) => `/careers/${c.slug}/moves`),
        '/careers/platform-engineer',
        ...pairs,
      ].sort(),
    )
    expect(paths.join()).not.toContain('platform-engineer-vs')
    expect(paths.join()).not.toContain(SECRET.toLowerCase())
  })

  it('the feed has the published articles only', async () => {
    const xml = rssXml(await listArticleCards.uncached({ payload }, { limit: 50 }))
    expect(xml).toContain(
      '<link>http://localhost:3000/compare/backend-developer-vs-devops-engineer</link>',
    )
    expect(xml).not.toContain(SECRET)
    expect(xml.match(/<item>/g)).toHaveLength(1)
  })

  it('search finds careers by skill and never a draft', async () => {
    const hits = await searchSite.uncached({ payload }, 'kubernetes')
    expect(hits.map((h) => h.path).sort()).toEqual([
      '/careers/devops-engineer',
      '/careers/machine-learning-engineer',
      '/careers/site-reliability-engineer',
      '/compare/backend-developer-vs-devops-engineer',
    ])
    expect(JSON.stringify(await searchSite.uncached({ payload }, SECRET))).toBe('[]')
    expect(
      (await searchSite.uncached({ payload }, 'platform engineer')).map((h) => h.title),
    ).toEqual(['Platform Engineer'])
    const comparisons = await searchSite.uncached({ payload }, 'DevOps')
    expect(comparisons.map((h) => h.path)).toContain(
      '/compare/backend-developer-vs-devops-engineer',
    )
  })
})

describe('the search index follows the careers a comparison compares', () => {
  it('re-indexes the comparison when a compared career gains a skill', async () => {
    expect(await searchSite.uncached({ payload }, 'Rust')).toEqual([])
    const backend = (
      await payload.find({ collection: 'roles', where: { slug: { equals: 'backend-developer' } } })
    ).docs[0]!
    await payload.update({
      collection: 'roles',
      id: backend.id,
      data: {
        skills: [...(backend.skills ?? []), (await skillNamed('Rust')).id],
        _status: 'published',
      },
    })
    expect((await searchSite.uncached({ payload }, 'Rust')).map((h) => h.path)).toEqual([
      '/careers/backend-developer',
      '/compare/backend-developer-vs-devops-engineer',
    ])
  })
})

describe('redirects', () => {
  it('renaming a published page leaves a permanent redirect from its old address', async () => {
    const role = await payload.create({
      collection: 'roles',
      data: { ...roleData('Reliability Lead'), _status: 'published' },
    })
    const rename = (slug: string) =>
      payload.update({ collection: 'roles', id: role.id, data: { slug, _status: 'published' } })
    await rename('rel-lead')
    expect(await findRedirect.uncached({ payload }, '/careers/reliability-lead')).toBe(
      '/careers/rel-lead',
    )
    await rename('reliability-leadership')
    // Both old addresses follow the document to its newest address.
    expect(await findRedirect.uncached({ payload }, '/careers/reliability-lead')).toBe(
      '/careers/reliability-leadership',
    )
    expect(await findRedirect.uncached({ payload }, '/careers/rel-lead')).toBe(
      '/careers/reliability-leadership',
    )
  })

  it('renaming a draft leaves none', async () => {
    const role = await payload.create({
      collection: 'roles',
      data: { ...roleData('Draft Renamed'), _status: 'draft' },
      draft: true,
    })
    await payload.update({
      collection: 'roles',
      id: role.id,
      data: { slug: 'draft-renamed-again' },
      draft: true,
    })
    expect(await findRedirect.uncached({ payload }, '/careers/draft-renamed')).toBeNull()
  })
})
