import { beforeAll, describe, expect, it } from 'vitest'

import type { Role } from '@/payload-types'

import { roleData } from './helpers'
import { call, readerFactory } from './readerRoutes'
import { bootSite, payload } from './site'

/**
 * Progress by skill: a stage marked done teaches its skills on every roadmap naming them, signed in
 * (the account's marks) and signed out (the marks the browser sends).
 */

bootSite({ demo: true })
const newReader = readerFactory(() => payload)
let backend: Role
let draft: Role
let docker: string

const career = async (slug: string) =>
  (await payload.find({ collection: 'roles', where: { slug: { equals: slug } } })).docs[0]!
const stageNamed = (role: Role, name: string) => role.roadmap!.find((s) => s.stage === name)!.id!

beforeAll(async () => {
  backend = await career('backend-developer')
  docker = String(
    (await payload.find({ collection: 'skills', where: { name: { equals: 'Docker' } } })).docs[0]!
      .id,
  )
  const devops = await career('devops-engineer')
  draft = await payload.create({
    collection: 'roles',
    data: {
      ...roleData('Draft Containers Engineer'),
      roadmap: [{ stage: 'Containers', skills: devops.skills!.slice(0, 2) }],
      _status: 'draft',
    },
    draft: true,
  })
})

describe('skills learned on one roadmap', () => {
  it('signed out: the stages this browser marked done teach their skills, with the career', async () => {
    const response = await call('learned', 'POST', {
      body: { done: [{ role: backend.id, stage: stageNamed(backend, 'Production services') }] },
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    const { learned } = response.json as { learned: Record<string, { career: string }> }
    expect(learned[docker]).toEqual({ roleId: String(backend.id), career: 'Backend Developer' })
    // Only the done stage's skills: Programming foundations was not marked.
    const names = await Promise.all(
      Object.keys(learned).map(
        async (id) => (await payload.findByID({ collection: 'skills', id })).name,
      ),
    )
    expect(names.sort()).toEqual(['CI/CD', 'Docker', 'Logging', 'Testing'])
  })

  it('signed in: the account’s done stages count, on every career', async () => {
    const reader = await newReader('learner@example.com')
    const marked = await call('progress', 'PUT', {
      reader,
      body: { role: backend.id, stage: stageNamed(backend, 'Production services'), status: 'done' },
    })
    expect(marked.status).toBe(200)
    const { learned } = (await call('learned', 'POST', { reader, body: { done: [] } })).json as {
      learned: Record<string, { career: string }>
    }
    expect(learned[docker]?.career).toBe('Backend Developer')
    // Another reader learned nothing.
    const other = await newReader('other@example.com')
    expect((await call('learned', 'POST', { reader: other, body: {} })).json).toEqual({
      learned: {},
    })
  })

  it('teaches nothing from a draft career’s stages, nor from made-up ones', async () => {
    const { learned } = (
      await call('learned', 'POST', {
        body: {
          done: [
            { role: draft.id, stage: draft.roadmap![0]!.id },
            { role: backend.id, stage: 'no-such-stage' },
          ],
        },
      })
    ).json as { learned: object }
    expect(learned).toEqual({})
  })

  it('refuses a body that is not a list of stages, and a write from another site', async () => {
    expect((await call('learned', 'POST', { body: { done: 'all' } })).status).toBe(400)
    expect(
      (await call('learned', 'POST', { body: { done: [{ role: 'x y', stage: 's' }] } })).status,
    ).toBe(400)
    const many = Array.from({ length: 201 }, (_, i) => ({ role: backend.id, stage: `s${i}` }))
    expect((await call('learned', 'POST', { body: { done: many } })).status).toBe(400)
    expect(
      (await call('learned', 'POST', { body: { done: [] }, origin: 'https://evil.example' }))
        .status,
    ).toBe(403)
  })
})
