import { describe, expect, it } from 'vitest'

import { getComparePage, getSalaryExplorer } from '@/lib/content'
import type { GeneratedComparison } from '@/lib/content/pairs'
import { parseExplorerQuery } from '@/lib/salaries/explorer'

import {
  graphql,
  rejectionMessages,
  rest,
  roleData,
  roleIdBySlug,
  salaryTableData,
} from './helpers'
import { bootSite, payload } from './site'

const SECRET = 'PAIR-DRAFT-SECRET'
bootSite({ demo: true })

const page = (slug: string) => getComparePage.uncached({ payload }, slug)
const generated = async (slug: string): Promise<GeneratedComparison> => {
  const found = await page(slug)
  if (found?.kind !== 'generated') throw new Error(`${slug}: ${JSON.stringify(found)}`)
  return found.comparison
}
const roleId = (slug: string) => roleIdBySlug(payload, slug)

describe('generated comparisons', () => {
  it('compare any two published careers from their profiles and latest tables', async () => {
    const pair = await generated('backend-developer-vs-frontend-developer')
    expect([pair.first.role.title, pair.second.role.title]).toEqual([
      'Backend Developer',
      'Frontend Developer',
    ])
    expect(pair.market).toBe('IN')
    expect(pair.indexable).toBe(true)
    expect(pair.first.salary?.method).toBe('editorial-estimate')
    expect(pair.second.salary?.method).toBe('illustrative')
    expect(pair.rows.find((r) => r.key === 'salary-mid')).toMatchObject({
      first: '₹14–28 LPA',
      second: '₹12–24 LPA',
    })
    expect(pair.payDifferences.map((d) => d.formatted)).toEqual([
      '−₹1 LPA (−13.3%)',
      '−₹3 LPA (−14.3%)',
      '−₹7 LPA (−16.9%)',
    ])
    expect(pair.verdicts.map((v) => [v.dimension, v.winner])).toEqual([
      ['Pay', 'first'],
      ['Job demand', 'first'],
      ['Getting the first job', 'even'],
      ['Nights and weekends', 'second'],
    ])
    expect(pair.transitions[0].to).toBe('Frontend Developer')
    expect(pair.transitions[0].stages[0]!.stage).toBe('Web foundations')
  })

  it('have one address per pair: reversed → canonical, an edited pair → its editorial page', async () => {
    expect(await page('frontend-developer-vs-backend-developer')).toEqual({
      kind: 'redirect',
      to: '/compare/backend-developer-vs-frontend-developer',
      permanent: true,
    })
    // Temporary: the editorial page may be unpublished, and the pair's address must work again.
    expect(await page('devops-engineer-vs-backend-developer')).toEqual({
      kind: 'redirect',
      to: '/compare/backend-developer-vs-devops-engineer',
      permanent: false,
    })
    expect((await page('backend-developer-vs-devops-engineer'))?.kind).toBe('editorial')
    expect(await page('backend-developer-vs-no-such-career')).toBeNull()
    expect(await page('backend-developer-vs-backend-developer')).toBeNull()
  })

  it('follow the rename of an editorial comparison whose old slug was its pair’s address (308)', async () => {
    const reference = 'backend-developer-vs-devops-engineer'
    const { docs } = await payload.find({
      collection: 'articles',
      where: { slug: { equals: reference } },
      limit: 1,
    })
    const article = docs[0]!
    const rename = (slug: string) =>
      payload.update({
        collection: 'articles',
        id: article.id,
        data: { slug, _status: 'published' },
      })
    await rename('backend-vs-devops-in-india')
    try {
      // The rename's own redirect, permanent — not the pair's temporary one to the same page.
      expect(await page(reference)).toEqual({
        kind: 'redirect',
        to: '/compare/backend-vs-devops-in-india',
        permanent: true,
      })
    } finally {
      await rename(reference)
    }
    expect((await page(reference))?.kind).toBe('editorial')
    // An editor's redirect from a pair to its other order would loop with the pair's own: ignored.
    await payload.create({
      collection: 'redirects',
      data: {
        from: '/compare/backend-developer-vs-frontend-developer',
        to: { type: 'custom', url: '/compare/frontend-developer-vs-backend-developer' },
        type: '308',
      } as never,
    })
    expect((await page('backend-developer-vs-frontend-developer'))?.kind).toBe('generated')
  })

  it('show the year-on-year change and the age of a table', async () => {
    const pair = await generated('data-scientist-vs-qa-automation-engineer')
    expect(pair.first.salary?.year).toBe(2026)
    expect(pair.first.salary?.previous?.year).toBe(2025)
    expect(pair.second.salary?.lastReviewed.slice(0, 10)).toBe('2025-07-15')
  })

  it('never show a draft career, a draft change or a draft table', async () => {
    await payload.create({
      collection: 'roles',
      data: { ...roleData(`Hidden ${SECRET}`), slug: 'hidden-career', _status: 'draft' },
      draft: true,
    })
    expect(await page('backend-developer-vs-hidden-career')).toBeNull()

    const frontend = await roleId('frontend-developer')
    await payload.update({
      collection: 'roles',
      id: frontend,
      data: { title: `Frontend ${SECRET}` },
      draft: true,
    })
    await payload.create({
      collection: 'salary-tables',
      data: {
        ...salaryTableData(frontend, {
          year: 2027,
          source: SECRET,
          rows: [{ level: 'mid', min: 90, max: 99 }],
        }),
        _status: 'draft',
      },
      draft: true,
    })
    const pair = await generated('backend-developer-vs-frontend-developer')
    expect(JSON.stringify(pair)).not.toContain(SECRET)
    expect(pair.second.salary?.year).toBe(2026)
    const explorer = await getSalaryExplorer.uncached({ payload }, parseExplorerQuery({}))
    expect(JSON.stringify(explorer)).not.toContain(SECRET)
    if (!('view' in explorer)) throw new Error('expected a view')
    expect(explorer.view.rows.some((r) => r.career === 'Hidden Career')).toBe(false)
    expect(explorer.view.total).toBe(40)
    // A page past the last is no view: the reader is sent to the last one.
    expect(
      await getSalaryExplorer.uncached({ payload }, parseExplorerQuery({ page: '7' })),
    ).toEqual({ lastPage: { market: 'IN', level: 'all', sort: 'pay-desc', page: 1 } })
  })

  it('reflect a published change to either career or its table', async () => {
    const frontend = await roleId('frontend-developer')
    const table = (
      await payload.find({
        collection: 'salary-tables',
        where: { and: [{ role: { equals: frontend } }, { year: { equals: 2026 } }] },
        limit: 1,
      })
    ).docs[0]!
    await payload.update({
      collection: 'salary-tables',
      id: table.id,
      data: { rows: table.rows.map((r) => (r.level === 'mid' ? { ...r, max: 26 } : r)) },
    })
    const pair = await generated('backend-developer-vs-frontend-developer')
    expect(pair.rows.find((r) => r.key === 'salary-mid')?.second).toBe('₹12–26 LPA')
  })

  it('the API shows no table of an unpublished career, and no pending draft name in a title', async () => {
    const hidden = await payload.create({
      collection: 'roles',
      data: { ...roleData(`Unreleased ${SECRET}`), slug: 'unreleased-career', _status: 'draft' },
      draft: true,
    })
    await payload.create({
      collection: 'salary-tables',
      data: { ...salaryTableData(hidden.id), _status: 'published' },
    })
    const anonymous = await rest('GET', `salary-tables?where[role][equals]=${hidden.id}`)
    expect(anonymous.json.totalDocs).toBe(0)
    const viaGraphql = await graphql(`
      {
        SalaryTables(limit: 100) {
          docs {
            title
          }
        }
      }
    `)
    expect(JSON.stringify(viaGraphql)).not.toContain(SECRET)

    // A published career with a pending draft name: its tables keep the live name.
    const mobile = await roleIdBySlug(payload, 'mobile-developer')
    await payload.update({
      collection: 'roles',
      id: mobile,
      data: { title: `Mobile ${SECRET}` },
      draft: true,
    })
    const table = (
      await payload.find({
        collection: 'salary-tables',
        where: { role: { equals: mobile } },
        limit: 1,
      })
    ).docs[0]!
    const saved = await payload.update({
      collection: 'salary-tables',
      id: table.id,
      data: { source: 'Re-saved' },
    })
    expect(saved.title).toBe('Mobile Developer · India 2026')
  })

  it('follow a renamed career to its new address', async () => {
    const cloud = await roleIdBySlug(payload, 'cloud-engineer')
    await payload.update({
      collection: 'roles',
      id: cloud,
      data: { slug: 'cloud-platform-engineer' },
    })
    expect(await page('cloud-engineer-vs-security-engineer')).toEqual({
      kind: 'redirect',
      to: '/compare/cloud-platform-engineer-vs-security-engineer',
      permanent: true,
    })
    expect((await page('cloud-platform-engineer-vs-security-engineer'))?.kind).toBe('generated')
    await payload.update({ collection: 'roles', id: cloud, data: { slug: 'cloud-engineer' } })
  })

  it('refuse career slugs with "-vs-" and article slugs the site uses', async () => {
    expect(
      await rejectionMessages(
        payload.create({
          collection: 'roles',
          data: { ...roleData('Dev vs Ops'), _status: 'published' },
        }),
      ),
    ).toMatch(/slug: A career's slug cannot contain "-vs-"/)
    expect(
      await rejectionMessages(
        payload.create({
          collection: 'articles',
          data: { kind: 'guide', title: 'Pick', distinction: 'x', _status: 'published' },
        }),
      ),
    ).toMatch(/slug: "pick" is taken by a page of the site/)
  })

  it('are indexable only when both careers have salary data for the same market', async () => {
    await payload.create({
      collection: 'roles',
      data: { ...roleData('Solutions Architect'), _status: 'published' },
    })
    const pair = await generated('backend-developer-vs-solutions-architect')
    expect(pair.indexable).toBe(false)
    expect(pair.market).toBeNull()
    expect(pair.verdicts[0]).toMatchObject({ dimension: 'Pay', winner: 'unknown' })
  })
})
