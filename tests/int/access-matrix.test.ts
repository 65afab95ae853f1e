import { createLocalReq } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Drafted } from '@/lib/editorial/publishing'
import type { User } from '@/payload-types'

import { graphql, rest, roleData, salaryTableData, signedInStaff } from './helpers'
import { bootSite, payload } from './site'

/**
 * Who may do what, on every path a write can take: anonymous, writer, editor and admin × each
 * drafted collection × create, read draft, read published, save a draft, publish, unpublish, delete
 * over the REST API the admin itself uses — and the paths around it: a draft save followed by a save
 * with no changes, GraphQL with and without a `draft` argument (and `?draft=true` in the URL),
 * version restore, bulk update and delete, deleting a once-published draft, scheduled publishing.
 */

type Actor = 'anonymous' | User['role']

bootSite()
const tokens: Partial<Record<Actor, string>> = {}
let counter = 0

function dataFor(collection: Drafted, roleId?: number | string) {
  counter += 1
  switch (collection) {
    case 'roles':
      return roleData(`Matrix Role ${counter}`)
    case 'salary-tables':
      // One table per role, market and year: spread the fixtures over markets and years.
      return salaryTableData(roleId ?? '', {
        market: (['IN', 'US', 'GB', 'SG', 'AE'] as const)[counter % 5],
        year: 2000 + Math.floor(counter / 5),
      })
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

/** What readers see: the live row's status and title-like field. */
async function live(collection: Drafted, id: number | string) {
  const doc = await payload.findByID({ collection, id, depth: 0 })
  return {
    status: doc._status,
    marker: 'summary' in doc ? doc.summary : 'source' in doc ? doc.source : doc.distinction,
  }
}

const MARKER = { roles: 'summary', 'salary-tables': 'source', articles: 'distinction' } as const

/** A published document whose latest version is a draft with a changed marker field. */
async function publishedWithDraft(collection: Drafted) {
  const id = await fixture(collection, 'published')
  const before = await live(collection, id)
  await payload.update({
    collection,
    id,
    data: { [MARKER[collection]]: 'DRAFT CHANGE' } as never,
    draft: true,
  })
  return { id, before }
}

/** The GraphQL type name of each collection, as in `updateSalaryTable`. */
const GRAPHQL_NAME = { roles: 'Role', 'salary-tables': 'SalaryTable', articles: 'Article' } as const
const singular = (collection: Drafted) => GRAPHQL_NAME[collection]

const ok = (status: number) => status >= 200 && status < 300
const refused = (status: number) => status === 401 || status === 403 || status === 404

beforeAll(async () => {
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

    it(`save a draft, then save with no changes (PATCH {}): ${isStaff(actor) ? 'allowed' : 'refused'}; ${publishes(actor) ? 'publishes the draft' : 'nothing live changes'}`, async () => {
      const { id, before } = await publishedWithDraft(collection)
      const response = await rest('PATCH', `${collection}/${id}`, { body: {}, token: token(actor) })
      expect(ok(response.status), JSON.stringify(response.json)).toBe(isStaff(actor))
      // A writer's save is a draft save: it adds a version and leaves the live row alone.
      if (!publishes(actor)) expect(await live(collection, id)).toEqual(before)
    })

    it(`unpublish with the admin's button (?unpublishAllLocales=true): ${publishes(actor) ? 'allowed' : 'refused'}`, async () => {
      const id = await fixture(collection, 'published')
      const response = await rest('PATCH', `${collection}/${id}?unpublishAllLocales=true`, {
        body: { _status: 'draft' },
        token: token(actor),
      })
      expect(ok(response.status), JSON.stringify(response.json)).toBe(publishes(actor))
      expect((await live(collection, id)).status).toBe(publishes(actor) ? 'draft' : 'published')
    })

    it(`delete after the admin's unpublish, however the versions were rewritten: ${publishes(actor) ? 'allowed' : 'refused'}`, async () => {
      const id = await fixture(collection, 'published')
      // The admin's Unpublish rewrites the latest version in place: no published version is left.
      await rest('PATCH', `${collection}/${id}?unpublishAllLocales=true`, {
        body: { _status: 'draft' },
        token: tokens.editor,
      })
      // A writer's draft saves, with the flag that rewrites in place, change nothing of that.
      await rest('PATCH', `${collection}/${id}?draft=true&unpublishAllLocales=true`, {
        body: { [MARKER[collection]]: 'WRITER' },
        token: tokens.writer,
      })
      const response = await rest('DELETE', `${collection}/${id}`, { token: token(actor) })
      expect(ok(response.status), JSON.stringify(response.json)).toBe(publishes(actor))
    })

    it('a status other than draft or published: a 400 with a message', async () => {
      const id = await fixture(collection, 'published')
      for (const status of ['bogus', ['published']]) {
        const response = await rest('PATCH', `${collection}/${id}`, {
          body: { _status: status },
          token: token(actor),
        })
        expect(response.status).toBe(400)
        expect(JSON.stringify(response.json)).toContain('must be')
      }
      expect((await live(collection, id)).status).toBe('published')
    })

    it(`GraphQL unpublish with ?draft=true in the URL: ${publishes(actor) ? 'allowed' : 'refused'}`, async () => {
      const id = await fixture(collection, 'published')
      const result = await graphql(
        `mutation { update${singular(collection)}(id: ${JSON.stringify(id)}, data: { _status: draft }) { id } }`,
        token(actor),
        '?draft=true',
      )
      expect(
        Boolean(result.data?.[`update${singular(collection)}`]?.id),
        JSON.stringify(result),
      ).toBe(publishes(actor))
      expect((await live(collection, id)).status).toBe(publishes(actor) ? 'draft' : 'published')
    })

    it(`GraphQL draft save (draft: true): ${isStaff(actor) ? 'allowed' : 'refused'}, live unchanged`, async () => {
      const id = await fixture(collection, 'published')
      const before = await live(collection, id)
      const result = await graphql(
        `mutation { update${singular(collection)}(id: ${JSON.stringify(id)}, draft: true, data: { ${MARKER[collection]}: "GraphQL draft" }) { id } }`,
        token(actor),
      )
      expect(
        Boolean(result.data?.[`update${singular(collection)}`]?.id),
        JSON.stringify(result),
      ).toBe(isStaff(actor))
      expect(await live(collection, id)).toEqual(before)
    })

    it(`restore an earlier version over a published document: ${publishes(actor) ? 'allowed' : 'refused'}`, async () => {
      const { id, before } = await publishedWithDraft(collection)
      const { docs } = await payload.findVersions({
        collection,
        where: { parent: { equals: id } },
        sort: '-createdAt',
      })
      const latestDraft = docs[0]!
      const response = await rest('POST', `${collection}/versions/${latestDraft.id}`, {
        token: token(actor),
      })
      expect(ok(response.status), JSON.stringify(response.json)).toBe(publishes(actor))
      if (!publishes(actor)) expect(await live(collection, id)).toEqual(before)
    })

    it(`restore an earlier version as a draft: ${isStaff(actor) ? 'allowed' : 'refused'}, live unchanged`, async () => {
      const { id, before } = await publishedWithDraft(collection)
      const { docs } = await payload.findVersions({
        collection,
        where: { parent: { equals: id } },
        sort: 'createdAt',
      })
      const response = await rest('POST', `${collection}/versions/${docs[0]!.id}?draft=true`, {
        token: token(actor),
      })
      expect(ok(response.status), JSON.stringify(response.json)).toBe(isStaff(actor))
      expect(await live(collection, id)).toEqual(before)
    })

    it(`bulk update of published documents: ${publishes(actor) ? 'allowed' : 'refused'}`, async () => {
      const ids = [await fixture(collection, 'published'), await fixture(collection, 'published')]
      const response = await rest('PATCH', `${collection}?where[id][in]=${ids.join(',')}`, {
        body: { _status: 'draft' },
        token: token(actor),
      })
      for (const id of ids)
        expect((await live(collection, id)).status).toBe(publishes(actor) ? 'draft' : 'published')
      if (!publishes(actor))
        expect(ok(response.status) && response.json.errors?.length === 0).toBe(false)
    })

    it(`bulk delete of published documents: ${publishes(actor) ? 'allowed' : 'refused'}`, async () => {
      const ids = [await fixture(collection, 'published'), await fixture(collection, 'published')]
      await rest('DELETE', `${collection}?where[id][in]=${ids.join(',')}`, { token: token(actor) })
      const { totalDocs } = await payload.count({ collection, where: { id: { in: ids } } })
      expect(totalDocs).toBe(publishes(actor) ? 0 : 2)
    })

    it(`delete a draft that was published before: ${publishes(actor) ? 'allowed' : 'refused'}`, async () => {
      const id = await fixture(collection, 'published')
      await payload.update({ collection, id, data: { _status: 'draft' } as never })
      const response = await rest('DELETE', `${collection}/${id}`, { token: token(actor) })
      expect(ok(response.status), JSON.stringify(response.json)).toBe(publishes(actor))
      const { totalDocs } = await payload.count({ collection, where: { id: { equals: id } } })
      expect(totalDocs).toBe(publishes(actor) ? 0 : 1)
    })
  })
})

describe('scheduled publishing', () => {
  const STAFF = ['writer', 'editor', 'admin'] as const
  const staff = async (actor: (typeof STAFF)[number]) => {
    const { docs } = await payload.find({
      collection: 'users',
      where: { role: { equals: actor } },
      limit: 1,
    })
    return { ...docs[0]!, collection: 'users' as const }
  }
  /** The admin's "Schedule publish" server function, called as Payload calls it for a signed-in user. */
  const scheduleAs = async (
    actor: (typeof STAFF)[number],
    args: { id?: number | string; type?: 'publish' | 'unpublish'; deleteID?: number | string },
  ) => {
    const { schedulePublishForEditors } = await import('@/payload/jobs/schedulePublish')
    const req = await createLocalReq({ user: await staff(actor) }, payload)
    return schedulePublishForEditors({
      req,
      type: args.type,
      deleteID: args.deleteID,
      doc: args.id === undefined ? undefined : { relationTo: 'articles', value: args.id as number },
      date: new Date(Date.now() - 1000),
    } as Parameters<typeof schedulePublishForEditors>[0])
  }
  const jobsFor = async (id: number | string) =>
    (
      await payload.find({
        collection: 'payload-jobs',
        where: { taskSlug: { equals: 'schedulePublish' } },
        pagination: false,
        overrideAccess: true,
      })
    ).docs.filter(
      (job) => String((job.input as { doc?: { value?: unknown } })?.doc?.value) === String(id),
    )

  it.each(STAFF)('%s schedules a publish: only editors and admins', async (actor) => {
    const id = await fixture('articles', 'draft')
    const answer = await scheduleAs(actor, { id, type: 'publish' })
    if (actor === 'writer') {
      expect(answer).toEqual({
        error: expect.stringMatching(/Only editors and admins can schedule/),
      })
      expect(await jobsFor(id)).toHaveLength(0)
      return
    }
    expect(answer).not.toHaveProperty('error')
    await payload.jobs.run({ queue: 'default' })
    expect((await live('articles', id)).status).toBe('published')
  })

  it.each(STAFF)('%s cancels a scheduled unpublish: only editors and admins', async (actor) => {
    const id = await fixture('articles', 'published')
    await scheduleAs('editor', { id, type: 'unpublish' })
    const [job] = await jobsFor(id)
    const answer = await scheduleAs(actor, { deleteID: job!.id })
    expect(await jobsFor(id)).toHaveLength(actor === 'writer' ? 1 : 0)
    if (actor === 'writer') expect(answer).toHaveProperty('error')
    await payload.delete({ collection: 'payload-jobs', where: { id: { equals: job!.id } } })
  })

  it('a page an editor scheduled cannot be changed or deleted by a writer until it runs', async () => {
    const id = await fixture('articles', 'draft')
    const before = await live('articles', id)
    await scheduleAs('editor', { id, type: 'publish' })
    const writer = { token: tokens.writer }
    const change = await rest('PATCH', `articles/${id}?draft=true`, {
      body: { distinction: 'WRITER INJECTED' },
      ...writer,
    })
    expect(change.status).toBe(403)
    expect(JSON.stringify(change.json)).toMatch(/scheduled/)
    expect((await rest('DELETE', `articles/${id}`, writer)).status).toBe(403)
    await payload.jobs.run({ queue: 'default' })
    expect(await live('articles', id)).toEqual({ ...before, status: 'published' })
  })

  it('a publish job a writer got queued another way publishes nothing when it runs', async () => {
    const id = await fixture('articles', 'draft')
    const writer = await staff('writer')
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: 'articles', value: id as number },
        user: { relationTo: 'users', value: writer.id },
      },
      waitUntil: new Date(Date.now() - 1000),
    })
    await payload.jobs.run({ queue: 'default' })
    expect((await live('articles', id)).status).toBe('draft')
  })
})

describe('collections without drafts change live pages at once: editors only', () => {
  it.each(ACTORS)(
    '%s: create, update and delete authors, media metadata and redirects',
    async (actor) => {
      const author = await payload.create({
        collection: 'authors',
        data: { name: `Author ${++counter}` },
      })
      const update = await rest('PATCH', `authors/${author.id}`, {
        body: { name: 'Renamed' },
        token: token(actor),
      })
      expect(ok(update.status)).toBe(publishes(actor))
      const created = await rest('POST', 'authors', {
        body: { name: `New author ${++counter}` },
        token: token(actor),
      })
      expect(ok(created.status)).toBe(isStaff(actor))
      const redirect = await rest('POST', 'redirects', {
        body: { from: `/old-${++counter}`, to: { type: 'custom', url: '/careers' }, type: '308' },
        token: token(actor),
      })
      expect(ok(redirect.status), JSON.stringify(redirect.json)).toBe(publishes(actor))
      const remove = await rest('DELETE', `authors/${author.id}`, { token: token(actor) })
      expect(ok(remove.status)).toBe(publishes(actor))
    },
  )

  it('redirects go to a path on this site or an https address, nowhere else', async () => {
    const attempt = (from: string, url: string) =>
      rest('POST', 'redirects', {
        body: { from, to: { type: 'custom', url }, type: '308' },
        token: token('editor'),
      })
    for (const [from, url] of [
      ['/bad-1', 'javascript:alert(1)'],
      ['/bad-2', 'http://evil.example/'],
      ['/bad-3', '//evil.example'],
      ['/bad-4', '/\tevil'],
      ['bad-5', '/careers'],
    ]) {
      const response = await attempt(from!, url!)
      expect(response.status, `${from} -> ${url}`).toBe(400)
      expect(JSON.stringify(response.json)).toMatch(/path on this site|https|spaces, tabs/)
    }
    expect((await attempt('/good-1', 'https://example.org/careers')).status).toBe(201)
    expect((await attempt('/good-2', '/careers/devops-engineer')).status).toBe(201)
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
