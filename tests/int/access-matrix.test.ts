import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'

import { bootPayload, graphql, rest, roleData, shutdown, signedInStaff } from './helpers'

/**
 * Who may do what, over the REST API the admin itself uses (and GraphQL for reads): anonymous,
 * writer, editor and admin × each drafted collection × create, read draft, read published, save a
 * draft, publish, unpublish, delete.
 */

type Actor = 'anonymous' | User['role']
type Drafted = 'roles' | 'salary-tables' | 'articles'

let payload: Payload
const tokens: Partial<Record<Actor, string>> = {}
let counter = 0

function dataFor(collection: Drafted, roleId?: number | string) {
  counter += 1
  switch (collection) {
    case 'roles':
      return roleData(`Matrix Role ${counter}`)
    case 'salary-tables':
      return {
        role: roleId,
        market: 'IN',
        year: 2000 + counter,
        currency: 'INR',
        unit: 'lpa',
        source: 'Test',
        lastReviewed: '2026-01-01',
        rows: [{ level: 'fresher', min: 1, max: 2 }],
      }
    case 'articles':
      return { kind: 'guide', title: `Matrix Guide ${counter}`, distinction: 'A guide.' }
  }
}

let tableRoleId: number | string

async function fixture(collection: Drafted, status: 'draft' | 'published') {
  const doc = await payload.create({
    collection,
    data: { ...dataFor(collection, tableRoleId), _status: status } as never,
    draft: status === 'draft',
  })
  return doc.id
}

const token = (actor: Actor) => (actor === 'anonymous' ? undefined : tokens[actor])
const ok = (status: number) => status >= 200 && status < 300
const refused = (status: number) => status === 401 || status === 403 || status === 404

beforeAll(async () => {
  payload = await bootPayload()
  // The admin first: the first user of a site is always made an admin.
  for (const role of ['admin', 'writer', 'editor'] as const)
    tokens[role] = (await signedInStaff(payload, role)).token
  tableRoleId = (
    await payload.create({
      collection: 'roles',
      data: { ...dataFor('roles'), _status: 'published' } as never,
    })
  ).id
})

afterAll(async () => {
  await shutdown(payload)
})

const ACTORS: Actor[] = ['anonymous', 'writer', 'editor', 'admin']
const COLLECTIONS: Drafted[] = ['roles', 'salary-tables', 'articles']
const isStaff = (actor: Actor) => actor !== 'anonymous'
const publishes = (actor: Actor) => actor === 'editor' || actor === 'admin'

describe.each(COLLECTIONS)('%s', (collection) => {
  describe.each(ACTORS)('as %s', (actor) => {
    it(`create a draft: ${isStaff(actor) ? 'allowed' : 'refused'}`, async () => {
      const response = await rest('POST', `${collection}?draft=true`, {
        body: { ...dataFor(collection, tableRoleId), _status: 'draft' },
        token: token(actor),
      })
      expect(ok(response.status), JSON.stringify(response.json)).toBe(isStaff(actor))
    })

    it(`read a draft: ${isStaff(actor) ? 'allowed' : 'refused'}`, async () => {
      const id = await fixture(collection, 'draft')
      const response = await rest('GET', `${collection}/${id}?draft=true`, { token: token(actor) })
      expect(isStaff(actor) ? ok(response.status) : refused(response.status)).toBe(true)
    })

    it('read a published document: allowed', async () => {
      const id = await fixture(collection, 'published')
      expect((await rest('GET', `${collection}/${id}`, { token: token(actor) })).status).toBe(200)
    })

    it(`save a draft over a published document: ${isStaff(actor) ? 'allowed' : 'refused'}`, async () => {
      const id = await fixture(collection, 'published')
      const response = await rest('PATCH', `${collection}/${id}?draft=true`, {
        body: { _status: 'draft' },
        token: token(actor),
      })
      expect(ok(response.status), JSON.stringify(response.json)).toBe(isStaff(actor))
      const live = await payload.findByID({ collection, id })
      expect(live._status).toBe('published')
    })

    it(`publish: ${publishes(actor) ? 'allowed' : 'refused'}`, async () => {
      const id = await fixture(collection, 'draft')
      const response = await rest('PATCH', `${collection}/${id}`, {
        body: { _status: 'published' },
        token: token(actor),
      })
      expect(ok(response.status), JSON.stringify(response.json)).toBe(publishes(actor))
      expect((await payload.findByID({ collection, id }))._status).toBe(
        publishes(actor) ? 'published' : 'draft',
      )
    })

    it(`unpublish: ${publishes(actor) ? 'allowed' : 'refused'}`, async () => {
      const id = await fixture(collection, 'published')
      const response = await rest('PATCH', `${collection}/${id}`, {
        body: { _status: 'draft' },
        token: token(actor),
      })
      expect(ok(response.status), JSON.stringify(response.json)).toBe(publishes(actor))
      expect((await payload.findByID({ collection, id }))._status).toBe(
        publishes(actor) ? 'draft' : 'published',
      )
    })

    it(`delete a published document: ${publishes(actor) ? 'allowed' : 'refused'}`, async () => {
      const id = await fixture(collection, 'published')
      const response = await rest('DELETE', `${collection}/${id}`, { token: token(actor) })
      expect(ok(response.status)).toBe(publishes(actor))
      expect((await payload.count({ collection, where: { id: { equals: id } } })).totalDocs).toBe(
        publishes(actor) ? 0 : 1,
      )
    })

    it(`delete a never-published draft: ${isStaff(actor) ? 'allowed' : 'refused'}`, async () => {
      const id = await fixture(collection, 'draft')
      const response = await rest('DELETE', `${collection}/${id}`, { token: token(actor) })
      expect(ok(response.status)).toBe(isStaff(actor))
    })
  })
})

describe('GraphQL reads', () => {
  it.each(ACTORS)('%s: drafts only for staff', async (actor) => {
    const id = await fixture('articles', 'draft')
    const result = await graphql(
      `{ Article(id: ${JSON.stringify(id)}, draft: true) { title } }`,
      token(actor),
    )
    expect(Boolean(result.data?.Article?.title)).toBe(isStaff(actor))
  })
})

describe('users', () => {
  it('writers and editors see only themselves; admins see everyone', async () => {
    for (const actor of ['writer', 'editor'] as const) {
      const response = await rest('GET', 'users', { token: token(actor) })
      expect(response.json.docs).toHaveLength(1)
    }
    expect(
      (await rest('GET', 'users', { token: token('admin') })).json.docs.length,
    ).toBeGreaterThanOrEqual(3)
    expect((await rest('GET', 'users')).status).toBe(403)
  })

  it('only admins create users', async () => {
    const body = (n: string) => ({
      email: `${n}@careerscope.test`,
      password: 'a long password',
      name: n,
    })
    expect(
      (await rest('POST', 'users', { body: body('by-editor'), token: token('editor') })).status,
    ).toBe(403)
    expect((await rest('POST', 'users', { body: body('by-anon') })).status).toBe(403)
    expect(
      (await rest('POST', 'users', { body: body('by-admin'), token: token('admin') })).status,
    ).toBe(201)
  })

  it('staff change their own profile but not others, and cannot raise their own role', async () => {
    const me = (await rest('GET', 'users/me', { token: token('editor') })).json.user
    const other = (await rest('GET', 'users/me', { token: token('writer') })).json.user
    const own = await rest('PATCH', `users/${me.id}`, {
      body: { name: 'Renamed editor', role: 'admin' },
      token: token('editor'),
    })
    expect(own.status).toBe(200)
    const after = await payload.findByID({ collection: 'users', id: me.id })
    expect([after.name, after.role]).toEqual(['Renamed editor', 'editor'])
    expect(
      refused(
        (
          await rest('PATCH', `users/${other.id}`, {
            body: { name: 'Hijacked' },
            token: token('editor'),
          })
        ).status,
      ),
    ).toBe(true)
  })

  it('the last admin can be neither demoted nor deleted', async () => {
    const admins = await payload.find({ collection: 'users', where: { role: { equals: 'admin' } } })
    expect(admins.totalDocs).toBe(1)
    const admin = admins.docs[0]!
    const demote = await rest('PATCH', `users/${admin.id}`, {
      body: { role: 'editor' },
      token: token('admin'),
    })
    expect(demote.status).toBe(400)
    expect(JSON.stringify(demote.json)).toMatch(/last admin/)
    const remove = await rest('DELETE', `users/${admin.id}`, { token: token('admin') })
    expect(remove.status).toBe(400)
    expect((await payload.findByID({ collection: 'users', id: admin.id })).role).toBe('admin')
  })

  it('an admin can demote another admin while one remains', async () => {
    const second = await payload.create({
      collection: 'users',
      data: {
        email: 'second-admin@careerscope.test',
        password: 'a long password',
        name: 'Second admin',
        role: 'admin',
      },
    })
    const response = await rest('PATCH', `users/${second.id}`, {
      body: { role: 'editor' },
      token: token('admin'),
    })
    expect(response.status).toBe(200)
    expect((await payload.findByID({ collection: 'users', id: second.id })).role).toBe('editor')
  })
})

describe('the job-run endpoint', () => {
  it('runs jobs for the server runner and editors only', async () => {
    const { jobRunnerToken } = await import('@/payload/jobs/token')
    const runAs = async (authorization?: string) => {
      const routes = await import('@/app/(payload)/api/[...slug]/route')
      const headers: Record<string, string> = authorization ? { authorization } : {}
      const response = await routes.GET(
        new Request('http://localhost/api/payload-jobs/run?queue=default', { headers }),
        {
          params: Promise.resolve({ slug: ['payload-jobs', 'run'] }),
        },
      )
      return response.status
    }
    expect(await runAs()).toBe(401)
    expect(await runAs('Bearer not-the-token')).toBe(401)
    expect(await runAs(`JWT ${tokens.writer}`)).toBe(401)
    expect(await runAs(`JWT ${tokens.editor}`)).toBe(200)
    expect(await runAs(`Bearer ${jobRunnerToken()}`)).toBe(200)
  })
})
