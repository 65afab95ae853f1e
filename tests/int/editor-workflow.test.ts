import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '@/payload/seed/seed'
import type { Role } from '@/payload-types'

import { bootPayload, rejectionMessages, roleData, shutdown } from './helpers'

let payload: Payload
let devops: Role

beforeAll(async () => {
  payload = await bootPayload()
  await seed(payload)
  devops = (
    await payload.find({ collection: 'roles', where: { slug: { equals: 'devops-engineer' } } })
  ).docs[0]!
})

afterAll(async () => {
  await shutdown(payload)
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
      context: { draftSave: true },
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
      data: {
        role: lonely.id,
        market: 'IN',
        year: 2026,
        currency: 'INR',
        unit: 'lpa',
        source: 'x',
        lastReviewed: '2026-01-01',
        rows: [{ level: 'fresher', min: 1, max: 2 }],
        _status: 'published',
      },
    })
    expect(await rejectionMessages(payload.delete({ collection: 'roles', id: lonely.id }))).toMatch(
      /has 1 salary table/,
    )
  })
})

describe('versions', () => {
  it('keeps the history and restores an earlier version', async () => {
    const article = await payload.create({
      collection: 'articles',
      data: {
        kind: 'guide',
        title: 'Versioned guide',
        distinction: 'First words.',
        _status: 'published',
      },
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
      data: {
        kind: 'guide',
        title: 'Scheduled guide',
        distinction: 'Coming soon.',
        _status: 'draft',
      },
      draft: true,
    })
    const doc = { relationTo: 'articles' as const, value: article.id }
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc },
      waitUntil: new Date(Date.now() + 60_000),
    })
    await payload.jobs.run()
    expect((await payload.findByID({ collection: 'articles', id: article.id }))._status).toBe(
      'draft',
    )

    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc },
      waitUntil: new Date(Date.now() - 1_000),
    })
    await payload.jobs.run()
    expect((await payload.findByID({ collection: 'articles', id: article.id }))._status).toBe(
      'published',
    )

    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'unpublish', doc },
      waitUntil: new Date(Date.now() - 1_000),
    })
    await payload.jobs.run()
    expect((await payload.findByID({ collection: 'articles', id: article.id }))._status).toBe(
      'draft',
    )
  })
})
