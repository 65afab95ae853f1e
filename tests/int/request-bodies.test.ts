import { beforeAll, describe, expect, it } from 'vitest'

import { rejectionMessages, rest, roleData, salaryTableData, signedInStaff } from './helpers'
import { bootSite, payload } from './site'

/**
 * What a write may carry, on every path: a JSON object with no `$`-prefixed key (the MongoDB adapter
 * would hand `{"$set": {"role": "admin"}}` to Mongoose past field access), never `null` or a string
 * (a 500 before), and a bulk update or delete that changes every document or none.
 */

bootSite()
let writer: { id: number | string; token: string }
let editor: string

beforeAll(async () => {
  // The first account is always an admin: make it before the writer.
  await signedInStaff(payload, 'admin')
  const w = await signedInStaff(payload, 'writer')
  writer = { id: w.user.id, token: w.token }
  editor = (await signedInStaff(payload, 'editor')).token
})

const DOLLAR = /Field names may not start with "\$" \(found "\$\w+"\)\./

async function role(title: string) {
  return payload.create({ collection: 'roles', data: { ...roleData(title), _status: 'published' } })
}

/** A POST of a body as it is (multipart, or JSON no serialiser would write), by the editor. */
async function postAsIs(collection: string, body: FormData | string, contentType?: string) {
  const routes = await import('@/app/(payload)/api/[...slug]/route')
  const headers: Record<string, string> = { authorization: `JWT ${editor}` }
  if (contentType) headers['content-type'] = contentType
  return routes.POST(
    new Request(`http://localhost/api/${collection}`, { method: 'POST', headers, body }),
    { params: Promise.resolve({ slug: [collection] }) },
  )
}

describe('$-prefixed keys', () => {
  it('are refused with a 400 on REST create, update and bulk update, nested or not, and nothing changes', async () => {
    const own = await rest('PATCH', `users/${writer.id}`, {
      token: writer.token,
      body: { name: 'Writer', $set: { role: 'admin' } },
    })
    expect(own.status).toBe(400)
    expect(own.json.errors[0].message).toMatch(DOLLAR)
    expect((await payload.findByID({ collection: 'users', id: writer.id })).role).toBe('writer')

    const career = await role('Dollar Analyst')
    for (const [method, path, body] of [
      ['POST', 'roles', { ...roleData('Dollar Twin'), $inc: { demand: 1 } }],
      ['PATCH', `roles/${career.id}`, { meta: { title: { $where: 'sleep(1000)' } } }],
      ['PATCH', `roles/${career.id}`, { tracks: [{ $push: { name: 'x' } }] }],
      ['PATCH', `roles?where[id][equals]=${career.id}`, { summary: 'x', $unset: { title: 1 } }],
      ['POST', 'payload-preferences/nav', { value: { $set: { open: true } } }],
    ] as const) {
      const answer = await rest(method, path, { token: editor, body })
      expect(answer.status, `${method} ${path}`).toBe(400)
      expect(answer.json.errors[0].message).toMatch(DOLLAR)
    }
    expect((await payload.findByID({ collection: 'roles', id: career.id })).title).toBe(
      'Dollar Analyst',
    )
  })

  it('are refused in GraphQL variables and in the JSON of a multipart upload', async () => {
    const routes = await import('@/app/(payload)/api/graphql/route')
    const answer = await routes.POST(
      new Request('http://localhost/api/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `JWT ${editor}` },
        body: JSON.stringify({
          query: 'mutation ($data: mutationAuthorInput!) { createAuthor(data: $data) { id } }',
          variables: { data: { name: 'x', $set: { name: 'y' } } },
        }),
      }),
    )
    expect(answer.status).toBe(400)

    const form = new FormData()
    form.set('_payload', JSON.stringify({ alt: 'A picture', $set: { alt: 'x' } }))
    form.set('file', new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' }), 'a.png')
    const upload = await postAsIs('media', form)
    expect(upload.status).toBe(400)
    expect((await upload.json()).errors[0].message).toMatch(DOLLAR)

    // Payload takes the last non-empty _payload of several: every one is checked.
    const twice = new FormData()
    twice.append('_payload', '')
    twice.append('_payload', JSON.stringify({ alt: 'x', $set: { alt: 'y' } }))
    twice.set('file', new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' }), 'b.png')
    const sneaked = await postAsIs('media', twice)
    expect(sneaked.status).toBe(400)

    // A body nested past the stack's depth is a 400, not a 500.
    const deep = `{"name":${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}}`
    const nested = await postAsIs('authors', deep, 'application/json')
    expect(nested.status).toBeLessThan(500)
  })

  it('are refused on the Local API too, whatever calls it', async () => {
    const career = await role('Local Dollar Analyst')
    const messages = await rejectionMessages(
      payload.update({
        collection: 'roles',
        id: career.id,
        data: { $set: { title: 'x' } } as never,
      }),
    )
    expect(messages).toMatch(DOLLAR)
  })
})

describe('bodies that are not a JSON object', () => {
  it('answer 400 with a message, not 500, and change nothing', async () => {
    const career = await role('Null Body Analyst')
    const routes = await import('@/app/(payload)/api/[...slug]/route')
    for (const body of ['null', '"a string"', '[1, 2]', '42']) {
      const answer = await routes.PATCH(
        new Request(`http://localhost/api/roles/${career.id}`, {
          method: 'PATCH',
          headers: { 'content-type': 'application/json', authorization: `JWT ${editor}` },
          body,
        }),
        { params: Promise.resolve({ slug: ['roles', String(career.id)] }) },
      )
      expect(answer.status, body).toBe(400)
      expect((await answer.json()).errors[0].message).toBe(
        'The request body must be a JSON object.',
      )
    }
    expect((await payload.findByID({ collection: 'roles', id: career.id })).title).toBe(
      'Null Body Analyst',
    )
  })
})

describe('bulk updates and deletes', () => {
  it('change every document or none where the database has transactions, and say which one stopped them', async () => {
    // SQLite runs without transactions (payload/guards.ts): there the answer says what changed.
    const transactional = payload.db.name !== 'sqlite'
    const first = await role('Bulk First')
    const second = await role('Bulk Second')
    const table = (roleId: number | string, year: number) =>
      payload.create({
        collection: 'salary-tables',
        data: { ...salaryTableData(roleId, { year }), _status: 'published' } as never,
      })
    const blocked = await table(first.id, 2026)
    await table(first.id, 2025)
    const free = await table(second.id, 2026)

    // Moving both tables to 2025 would give the first career two 2025 tables.
    const moved = await rest('PATCH', `salary-tables?where[id][in]=${blocked.id},${free.id}`, {
      token: editor,
      body: { year: 2025 },
    })
    expect(moved.status).toBe(400)
    expect(moved.json.errors[0].message).toMatch(
      transactional
        ? new RegExp(`^Nothing was changed: 1 of 2 documents were refused \\(#${blocked.id}: `)
        : new RegExp(
            `^1 of 2 documents were changed; 1 were refused and left as they were \\(#${blocked.id}: `,
          ),
    )
    const years = async () =>
      Promise.all(
        [blocked.id, free.id].map(
          async (id) => (await payload.findByID({ collection: 'salary-tables', id })).year,
        ),
      )
    expect(await years()).toEqual(transactional ? [2026, 2026] : [2026, 2025])

    // A career with salary tables cannot be deleted.
    const lonely = await role('Bulk Lonely')
    const removed = await rest('DELETE', `roles?where[id][in]=${first.id},${lonely.id}`, {
      token: editor,
    })
    expect(removed.status).toBe(400)
    expect(removed.json.errors[0].message).toMatch(
      transactional ? /^Nothing was deleted: 1 of 2 documents/ : /^1 of 2 documents were deleted/,
    )
    expect(
      await payload.findByID({ collection: 'roles', id: first.id, disableErrors: true }),
    ).not.toBeNull()
    expect(
      Boolean(await payload.findByID({ collection: 'roles', id: lonely.id, disableErrors: true })),
    ).toBe(transactional)

    // Every document passing: all change, as before.
    const all = await rest('PATCH', `roles?where[id][in]=${first.id},${second.id}`, {
      token: editor,
      body: { summary: 'Changed in bulk.' },
    })
    expect(all.status).toBe(200)
    expect(all.json.docs).toHaveLength(2)
  })
})
