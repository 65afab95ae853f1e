import { createLocalReq } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { skillNames } from '@/lib/skills/refs'
import { databaseKind } from '@/payload/db'
import type { Role } from '@/payload-types'

import { bootSite, payload } from './site'

/**
 * The career_graph migration on a database holding careers written before it: free-text skills,
 * live and in saved versions. The migration is run down (back to the old schema) and up again
 * on this test file's own database, with the same SQL production runs.
 */

bootSite()

const ID = 9001
const LONG = 'Designing building and operating globally distributed payment ledgers at scale'

type Migration = {
  name: string
  up: (args: never) => Promise<void>
  down: (args: never) => Promise<void>
}

async function careerGraphMigration(): Promise<Migration> {
  const kind = databaseKind(process.env.DATABASE_URI)
  const { migrations } = (await (kind === 'postgres'
    ? import('@/migrations/postgres')
    : import('@/migrations/sqlite'))) as { migrations: Migration[] }
  return migrations.find((m) => m.name.endsWith('_career_graph'))!
}

/** Plain SQL on this file's database, the same on SQLite and Postgres. */
async function run(statement: string) {
  const db = payload.db as unknown as {
    drizzle: { run?: (q: unknown) => Promise<unknown>; execute?: (q: unknown) => Promise<unknown> }
  }
  const { sql } = await import('@payloadcms/db-sqlite')
  const query = sql.raw(statement)
  await (db.drizzle.run ? db.drizzle.run(query) : db.drizzle.execute!(query))
}

let live: Role
let versions: Role[]

beforeAll(async () => {
  const migration = await careerGraphMigration()
  const req = await createLocalReq({}, payload)
  const args = {
    db: (payload.db as unknown as { drizzle: unknown }).drizzle,
    payload,
    req,
  } as never
  await migration.down(args)
  // A career as the old schema stored it: skills as text, roadmap skills comma-separated.
  await run(
    `INSERT INTO roles (id, title, slug, summary, _status) VALUES (${ID}, 'Old Text Engineer', 'old-text-engineer', 'Written before skills.', 'published')`,
  )
  const core = ['Kubernetes', 'Go or Python', LONG]
  for (const [i, skill] of core.entries())
    await run(
      `INSERT INTO roles_core_skills (_order, _parent_id, id, skill) VALUES (${i + 1}, ${ID}, 'core-${i}', '${skill}')`,
    )
  await run(
    `INSERT INTO roles_roadmap (_order, _parent_id, id, stage, skills) VALUES (1, ${ID}, 'stage-1', 'Containers', 'Docker, k8s')`,
  )
  // Its latest version is a draft saying something else: the editor's unpublished work.
  await run(
    `INSERT INTO _roles_v (id, parent_id, version_title, version_slug, version_summary, version__status, latest) VALUES (${ID}, ${ID}, 'Old Text Engineer', 'old-text-engineer', 'Draft.', 'draft', true)`,
  )
  await run(
    `INSERT INTO _roles_v_version_core_skills (_order, _parent_id, id, skill) VALUES (1, ${ID}, ${ID}, 'Terraform')`,
  )
  await run(
    `INSERT INTO _roles_v_version_roadmap (_order, _parent_id, id, stage, skills) VALUES (1, ${ID}, ${ID}, 'Containers', 'kubernetes ; Helm')`,
  )
  await migration.up(args)
  live = await payload.findByID({ collection: 'roles', id: ID, depth: 1 })
  versions = (
    await payload.findVersions({ collection: 'roles', where: { parent: { equals: ID } }, depth: 1 })
  ).docs.map((v) => v.version as Role)
})

describe('the career_graph migration', () => {
  it('turns the live career’s text into skills, in order, spellings of one skill merged', () => {
    expect(skillNames(live.skills)).toEqual([
      'Kubernetes',
      'Go',
      'Python',
      `${LONG.slice(0, 59).trimEnd()}…`,
    ])
    expect(skillNames(live.roadmap![0]!.skills)).toEqual(['Docker', 'Kubernetes'])
  })

  it('keeps the skills of saved versions too, so a draft opens, publishes and restores whole', () => {
    expect(versions).toHaveLength(1)
    expect(skillNames(versions[0]!.skills)).toEqual(['Terraform'])
    expect(skillNames(versions[0]!.roadmap![0]!.skills)).toEqual(['Kubernetes', 'Helm'])
  })

  it('makes one skill per spelling group, the others its synonyms; a name cut to fit says so', async () => {
    const { docs } = await payload.find({ collection: 'skills', pagination: false, sort: 'name' })
    const kubernetes = docs.find((s) => s.name === 'Kubernetes')!
    expect(kubernetes.synonyms).toEqual(['k8s', 'kubernetes'])
    expect(docs.filter((s) => s.name.toLowerCase().includes('kubernetes'))).toHaveLength(1)
    const long = docs.find((s) => s.name.endsWith('…'))!
    expect(long.name.length).toBeLessThanOrEqual(60)
    expect(long.description).toBe(`Named in full: ${LONG}`)
  })
})
