import { describe, expect, it } from 'vitest'

import { rejectionMessages, rest, roleData } from './helpers'
import { bootSite, payload } from './site'

bootSite()

const role = (title: string, slug?: string) => ({
  ...roleData(title),
  slug,
  _status: 'published' as const,
})

describe('staff users', () => {
  it('makes the first user an admin, through the first-user REST endpoint, and later users writers', async () => {
    const first = await rest('POST', 'users/first-register', {
      body: {
        email: 'first@careerscope.test',
        password: 'first user password',
        name: 'First',
        role: 'writer',
      },
    })
    expect(first.status).toBe(200)
    expect(first.json.user.role).toBe('admin')
    // No role given: the generated type says role is required because it has a default.
    const data = { email: 'second@careerscope.test', password: 'second password', name: 'Second' }
    const second = await payload.create({
      collection: 'users',
      data: data as typeof data & { role?: undefined } as never,
    })
    expect(second.role).toBe('writer')
  })

  it('does not let a writer make themself an admin', async () => {
    const { token } = await payload.login({
      collection: 'users',
      data: { email: 'second@careerscope.test', password: 'second password' },
    })
    const me = (
      await payload.find({
        collection: 'users',
        where: { email: { equals: 'second@careerscope.test' } },
      })
    ).docs[0]!
    await rest('PATCH', `users/${me.id}`, {
      body: { role: 'admin', name: 'Second, renamed' },
      token: token as string,
    })
    const after = await payload.findByID({ collection: 'users', id: me.id })
    expect(after.role).toBe('writer')
    expect(after.name).toBe('Second, renamed')
  })
})

describe('slugs', () => {
  it('are generated from the title when left empty', async () => {
    const doc = await payload.create({
      collection: 'roles',
      data: role('Site Reliability Engineer (SRE)'),
    })
    expect(doc.slug).toBe('site-reliability-engineer-sre')
  })

  it('are normalised to lowercase-kebab when typed', async () => {
    const doc = await payload.create({
      collection: 'roles',
      data: role('Data Analyst', 'Data Analyst India'),
    })
    expect(doc.slug).toBe('data-analyst-india')
  })

  it('are unique', async () => {
    const messages = await rejectionMessages(
      payload.create({
        collection: 'roles',
        data: role('Another SRE', 'site-reliability-engineer-sre'),
      }),
    )
    expect(messages).toMatch(/slug/i)
    expect(
      (
        await payload.count({
          collection: 'roles',
          where: { slug: { equals: 'site-reliability-engineer-sre' } },
        })
      ).totalDocs,
    ).toBe(1)
  })
})
