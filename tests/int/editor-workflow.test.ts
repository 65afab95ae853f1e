import { beforeAll, describe, expect, it } from 'vitest'

import type { Article, Role } from '@/payload-types'

import { guideData, rejectionMessages, roleData, salaryTableData } from './helpers'
import { bootSite, payload } from './site'

bootSite({ demo: true })
let devops: Role

beforeAll(async () => {
  devops = (
    await payload.find({ collection: 'roles', where: { slug: { equals: 'devops-engineer' } } })
  ).docs[0]!
})

describe('integrity', () => {
  it('refuses to unpublish a role that a published comparison uses, naming the article', async () => {
    const messages = await rejectionMessages(
      payload.update({ collection: 'roles', id: devops.id, data: { _status: 'draft' } }),
    )
    expect(messages).toMatch(
      /compared in published articles: "Backend Developer vs DevOps Engineer/,
    )
    expect((await payload.findByID({ collection: 'roles', id: devops.id }))._status).toBe(
      'published',
    )
  })

  it('still lets editors save drafts of that role', async () => {
    await payload.update({
      collection: 'roles',
      id: devops.id,
      data: { summary: 'A draft summary.' },
      draft: true,
    })
    expect((await payload.findByID({ collection: 'roles', id: devops.id })).summary).not.toBe(
      'A draft summary.',
    )
  })

  it('refuses to delete a role that is compared or has salary tables', async () => {
    expect(await rejectionMessages(payload.delete({ collection: 'roles', id: devops.id }))).toMatch(
      /compared in published articles/,
    )
    const lonely = await payload.create({
      collection: 'roles',
      data: { ...roleData('Lonely Role'), _status: 'published' },
    })
    await payload.create({
      collection: 'salary-tables',
      data: { ...salaryTableData(lonely.id), _status: 'published' },
    })
    expect(await rejectionMessages(payload.delete({ collection: 'roles', id: lonely.id }))).toMatch(
      /has 1 salary table/,
    )
  })
})

describe('publishing checks', () => {
  it('refuses to publish a comparison of a career that is not published, naming it', async () => {
    const draftRole = await payload.create({
      collection: 'roles',
      data: roleData('Quantum Gardener'),
      draft: true,
    })
    const create = payload.create({
      collection: 'articles',
      data: {
        kind: 'comparison',
        title: 'DevOps vs Quantum Gardening',
        distinction: 'One of them is not real yet.',
        comparedRoles: [devops.id, draftRole.id],
        _status: 'published',
      },
    })
    expect(await rejectionMessages(create)).toMatch(
      /Publish the careers this comparison compares first: "Quantum Gardener" is not published/,
    )
    const saved = await payload.find({
      collection: 'articles',
      where: { title: { equals: 'DevOps vs Quantum Gardening' } },
      draft: true,
    })
    expect(saved.totalDocs).toBe(0)
  })

  it('refuses to publish link addresses other than https, http, mailto, tel and paths', async () => {
    const link = (url: string): Article['body'] => ({
      root: {
        type: 'root',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        children: [
          {
            type: 'paragraph',
            version: 1,
            direction: null,
            format: '',
            indent: 0,
            textFormat: 0,
            textStyle: '',
            children: [
              {
                type: 'link',
                version: 3,
                direction: null,
                format: '',
                indent: 0,
                fields: { linkType: 'custom', url, newTab: false },
                children: [
                  {
                    type: 'text',
                    version: 1,
                    text: 'click',
                    format: 0,
                    mode: 'normal',
                    style: '',
                    detail: 0,
                  },
                ],
              },
            ],
          },
        ],
      },
    })
    const guide = (url: string, n: number) => ({
      kind: 'guide' as const,
      title: `Link guide ${n}`,
      distinction: 'Links.',
      body: link(url),
      _status: 'published' as const,
    })
    for (const [n, bad] of [
      'javascript:alert(1)',
      'javascript:a.b',
      'data:text/html,x',
      '//evil.example',
    ].entries()) {
      expect(
        await rejectionMessages(payload.create({ collection: 'articles', data: guide(bad, n) })),
        bad,
      ).toMatch(/invalid/i)
    }
    for (const [n, good] of [
      'https://example.org/a',
      'mailto:ed@example.org',
      'tel:+911234',
      '/careers/x',
    ].entries()) {
      await payload.create({ collection: 'articles', data: guide(good, 10 + n) })
    }
  })

  it('gives rows copied from another document new ids instead of failing with a 500', async () => {
    const { docs } = await payload.find({
      collection: 'roles',
      where: { id: { equals: devops.id } },
    })
    const copiedTools = docs[0]!.toolbox!
    expect(copiedTools[0]?.id).toBeTruthy()
    const copy = await payload.create({
      collection: 'roles',
      data: {
        ...roleData('Copied Tools Engineer'),
        toolbox: [...copiedTools, copiedTools[0]!],
      },
      draft: true,
    })
    const ids = copy.toolbox!.map((s) => s.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).not.toContain(copiedTools[0]!.id)
    // The original keeps its rows and their ids.
    const original = await payload.findByID({ collection: 'roles', id: devops.id })
    expect(original.toolbox!.map((s) => s.id)).toEqual(copiedTools.map((s) => s.id))
  })
})

describe('versions', () => {
  it('keeps the history and restores an earlier version', async () => {
    const article = await payload.create({
      collection: 'articles',
      data: { ...guideData('Versioned guide', 'First words.'), _status: 'published' },
    })
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { distinction: 'Second words.', _status: 'published' },
    })
    const { docs } = await payload.findVersions({
      collection: 'articles',
      where: { parent: { equals: article.id } },
      sort: 'createdAt',
    })
    expect(docs.map((v) => v.version.distinction)).toEqual(['First words.', 'Second words.'])
    await payload.restoreVersion({ collection: 'articles', id: docs[0]!.id })
    expect((await payload.findByID({ collection: 'articles', id: article.id })).distinction).toBe(
      'First words.',
    )
  })

  it('keeps at most 50 versions of a document', async () => {
    const role = await payload.create({
      collection: 'roles',
      data: { ...roleData('Often Edited', 'v0'), _status: 'draft' },
      draft: true,
    })
    for (let i = 1; i <= 55; i++) {
      await payload.update({
        collection: 'roles',
        id: role.id,
        data: { summary: `v${i}` },
        draft: true,
      })
    }
    const { totalDocs } = await payload.countVersions({
      collection: 'roles',
      where: { parent: { equals: role.id } },
    })
    expect(totalDocs).toBe(50)
  })
})

describe('scheduled publishing', () => {
  it('publishes a draft when its job comes due, and unpublishes on schedule too', async () => {
    const article = await payload.create({
      collection: 'articles',
      data: { ...guideData('Scheduled guide', 'Coming soon.'), _status: 'draft' },
      draft: true,
    })
    const doc = { relationTo: 'articles' as const, value: article.id }
    /** Queues a scheduled (un)publish due `inMs` from now, runs due jobs, and says the status. */
    const scheduleAndRun = async (type: 'publish' | 'unpublish', inMs: number) => {
      await payload.jobs.queue({
        task: 'schedulePublish',
        input: { type, doc },
        waitUntil: new Date(Date.now() + inMs),
      })
      await payload.jobs.run()
      return (await payload.findByID({ collection: 'articles', id: article.id }))._status
    }
    expect(await scheduleAndRun('publish', 60_000)).toBe('draft')
    expect(await scheduleAndRun('publish', -1_000)).toBe('published')
    expect(await scheduleAndRun('unpublish', -1_000)).toBe('draft')
  })
})
