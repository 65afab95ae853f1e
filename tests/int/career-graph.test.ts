import { beforeAll, describe, expect, it } from 'vitest'

import { getCareerProfile, searchSite } from '@/lib/content'
import { getCareerMoves } from '@/lib/content/careerMoves'
import { skillNames } from '@/lib/skills/refs'
import * as demo from '@/payload/seed/demoContent'
import type { Role } from '@/payload-types'

import { graphql, rejectionMessages, rest, roleData, roleIdBySlug, signedInStaff } from './helpers'
import { bootSite, payload } from './site'

const SECRET = 'GRAPH-DRAFT-SECRET'

bootSite({ demo: true })
let kubernetes: number | string
let draft: Role

const reader = () => ({ payload })

/** The moves page of a career readers can see. */
async function movesOf(slug: string) {
  const answer = await getCareerMoves.uncached(reader(), slug)
  if (!answer || !('moves' in answer)) throw new Error(`No moves page for ${slug}`)
  return answer.moves
}
const skillId = async (name: string) =>
  (await payload.find({ collection: 'skills', where: { name: { equals: name } } })).docs[0]!.id

beforeAll(async () => {
  kubernetes = await skillId('Kubernetes')
  // A draft sharing every DevOps skill: the closest career of all, were it public.
  const devops = await payload.findByID({
    collection: 'roles',
    id: await roleIdBySlug(payload, 'devops-engineer'),
  })
  draft = await payload.create({
    collection: 'roles',
    data: {
      ...roleData(`Platform Engineer ${SECRET}`),
      skills: devops.skills,
      roadmap: devops.roadmap?.map(({ id: _id, ...stage }) => ({
        ...stage,
        resources: stage.resources?.map(({ id: _rid, ...r }) => r),
      })),
      _status: 'draft',
    },
    draft: true,
  })
})

describe('every demo career', () => {
  it.each(demo.roles.map((role) => [role.slug]))(
    '%s has normalised skills, related careers and moves',
    async (slug) => {
      const profile = (await getCareerProfile.uncached(reader(), slug))!
      expect(profile.role.skills?.length).toBeGreaterThanOrEqual(3)
      expect(profile.related.length).toBeGreaterThan(0)
      for (const related of profile.related) expect(related.shared).toBeGreaterThan(0)
      const moves = await movesOf(slug)
      expect(moves.moves.length).toBeGreaterThan(0)
      for (const move of moves.moves) {
        expect(move.comparePath).toMatch(/^\/compare\/[a-z0-9-]+-vs-[a-z0-9-]+$/)
        expect(move.hours).toBeGreaterThanOrEqual(0)
      }
    },
  )
})

describe('a reader of DevOps', () => {
  it('sees Site Reliability Engineer close by, with what is left in its roadmap order', async () => {
    const { moves } = await movesOf('devops-engineer')
    const sre = moves.find((m) => m.career.slug === 'site-reliability-engineer')!
    expect(sre.have).toEqual(expect.arrayContaining(['Kubernetes', 'Linux', 'Prometheus']))
    expect(sre.missing.map((stage) => stage.stage)).toEqual(
      expect.arrayContaining(['Coding for operations']),
    )
    expect(sre.comparePath).toBe('/compare/devops-engineer-vs-site-reliability-engineer')
    // Ranked by skills in common: SRE shares more with DevOps than Product Manager does.
    const rank = (slug: string) => moves.findIndex((m) => m.career.slug === slug)
    expect(rank('site-reliability-engineer')).toBeLessThan(
      rank('product-manager') === -1 ? Infinity : rank('product-manager'),
    )
  })
})

describe('drafts', () => {
  it('never appear among related careers or moves, nor their text', async () => {
    for (const slug of ['devops-engineer', 'site-reliability-engineer', 'cloud-engineer']) {
      const profile = await getCareerProfile.uncached(reader(), slug)
      const moves = await getCareerMoves.uncached(reader(), slug)
      expect(JSON.stringify(profile)).not.toContain(SECRET)
      expect(JSON.stringify(moves)).not.toContain(SECRET)
    }
    expect(await getCareerMoves.uncached(reader(), draft.slug!)).toBeNull()
  })

  it('has no moves page of its own for a career readers cannot see', async () => {
    expect(await getCareerMoves.uncached(reader(), 'no-such-career')).toBeNull()
  })

  it('sends the moves page of a renamed career to its new address', async () => {
    const id = await roleIdBySlug(payload, 'qa-automation-engineer')
    await payload.update({ collection: 'roles', id, data: { slug: 'sdet' } })
    expect(await getCareerMoves.uncached(reader(), 'qa-automation-engineer')).toEqual({
      redirect: '/careers/sdet/moves',
    })
  })
})

describe('a career naming no skills', () => {
  it('has an honest, empty list of moves and no computed related careers', async () => {
    const blank = await payload.create({
      collection: 'roles',
      data: { ...roleData('Blank Slate Engineer'), _status: 'published' },
    })
    const moves = await movesOf(blank.slug!)
    expect(moves.moves).toEqual([])
    expect((await getCareerProfile.uncached(reader(), blank.slug!))!.related).toEqual([])
  })
})

describe('skills in the admin and the API', () => {
  it('refuses a spelling another skill answers to, with a 400 naming it', async () => {
    const { token } = await signedInStaff(payload, 'editor')
    const clash = await rest('POST', 'skills', { token, body: { name: 'k8s' } })
    expect(clash.status).toBe(400)
    expect(clash.json.errors[0].message).toBe(
      '"Kubernetes" already answers to this spelling; merge the two instead.',
    )
    const synonym = await rest('PATCH', `skills/${await skillId('Helm')}`, {
      token,
      body: { synonyms: ['Kubernetes'] },
    })
    expect(synonym.status).toBe(400)
    expect(
      (await payload.find({ collection: 'skills', where: { name: { equals: 'k8s' } } })).totalDocs,
    ).toBe(0)
  })

  it('lets writers add a skill, but only editors change or delete one', async () => {
    const writer = await signedInStaff(payload, 'writer')
    const created = await rest('POST', 'skills', {
      token: writer.token,
      body: { name: 'Rust', category: 'language' },
    })
    expect(created.status).toBe(201)
    const id = created.json.doc.id
    expect(
      (await rest('PATCH', `skills/${id}`, { token: writer.token, body: { name: 'Rustlang' } }))
        .status,
    ).toBe(403)
    expect((await rest('DELETE', `skills/${id}`, { token: writer.token })).status).toBe(403)
    // Readers see it once a published career names it.
    expect((await rest('GET', `skills/${id}`)).status).toBe(404)
    expect((await rest('POST', 'skills', { body: { name: 'Zig' } })).status).toBe(403)
  })

  it('refuses to delete a skill a career or a draft names', async () => {
    const { token } = await signedInStaff(payload, 'editor')
    const refused = await rest('DELETE', `skills/${kubernetes}`, { token })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.json)).toMatch(/careers name this skill/)
    expect((await payload.findByID({ collection: 'skills', id: kubernetes })).name).toBe(
      'Kubernetes',
    )
  })

  it('refuses a resource address that is not https, with a field message', async () => {
    const { token } = await signedInStaff(payload, 'editor')
    const id = await roleIdBySlug(payload, 'cloud-engineer')
    const role = await payload.findByID({ collection: 'roles', id })
    const roadmap = role.roadmap!.map((stage, i) => ({
      ...stage,
      skills: (stage.skills ?? []).map((s) => (typeof s === 'object' ? s.id : s)),
      resources:
        i === 0
          ? [{ title: 'Plain', url: 'http://example.com/', type: 'course', hours: 2 }]
          : stage.resources,
    }))
    const response = await rest('PATCH', `roles/${id}`, { token, body: { roadmap } })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.json)).toContain('Use an https:// address')
  })

  it('refuses an occupation code in the wrong shape', async () => {
    const id = await roleIdBySlug(payload, 'cloud-engineer')
    expect(
      await rejectionMessages(
        payload.update({ collection: 'roles', id, data: { isco08: '25-12' } }),
      ),
    ).toContain('Use the code\'s digits only, e.g. "2512".')
  })
})

describe('search', () => {
  it('finds a career by a synonym of its skills, and by one an editor adds later', async () => {
    const hits = await searchSite.uncached({ payload }, 'k8s')
    expect(hits.map((hit) => hit.path)).toContain('/careers/devops-engineer')
    expect(await searchSite.uncached({ payload }, 'Kube orchestration')).toEqual([])
    await payload.update({
      collection: 'skills',
      id: kubernetes,
      data: { synonyms: ['K8s', 'Kube orchestration'] },
    })
    const paths = (await searchSite.uncached({ payload }, 'Kube orchestration')).map((h) => h.path)
    expect(paths).toContain('/careers/devops-engineer')
    // The comparison of DevOps is found by its careers' skills, so by the new spelling too.
    expect(paths).toContain('/compare/backend-developer-vs-devops-engineer')
  })
})

describe('who may read a skill', () => {
  it('shows readers only the skills a published career names, staff all of them', async () => {
    const { token } = await signedInStaff(payload, 'writer')
    const secret = await rest('POST', 'skills', { token, body: { name: `Skill ${SECRET}` } })
    expect(secret.status).toBe(201)
    const anonymous = await rest('GET', 'skills?limit=500')
    const names = anonymous.json.docs.map((s: { name: string }) => s.name)
    expect(names).toContain('Kubernetes')
    expect(names.join()).not.toContain(SECRET)
    expect((await rest('GET', `skills/${secret.json.doc.id}`)).status).toBe(404)
    const gql = await graphql('{ Skills(limit: 500) { docs { name } } }')
    expect(JSON.stringify(gql)).not.toContain(SECRET)
    expect(JSON.stringify(gql)).toContain('Kubernetes')
    const staff = await rest('GET', 'skills?limit=500', { token })
    expect(staff.json.docs.map((s: { name: string }) => s.name)).toContain(`Skill ${SECRET}`)
  })

  it('refuses one spelling given to two skills in one bulk update', async () => {
    const { token } = await signedInStaff(payload, 'editor')
    const ids = [await skillId('Helm'), await skillId('Docker')]
    const bulk = await rest('PATCH', `skills?where[id][in]=${ids.join(',')}`, {
      token,
      body: { synonyms: ['Shared spelling'] },
    })
    expect(bulk.json.errors?.length).toBeGreaterThan(0)
    const { docs } = await payload.find({
      collection: 'skills',
      where: { synonyms: { equals: 'Shared spelling' } },
    })
    expect(docs.length).toBeLessThanOrEqual(1)
    const notAList = await rest('PATCH', `skills/${ids[0]}`, { token, body: { synonyms: 'K8s' } })
    expect(notAList.status).toBe(400)
  })
})

describe('merging two skills', () => {
  it('re-points every career and version, once where both were named, and keeps the spellings', async () => {
    const actions = await skillId('GitHub Actions')
    const cicd = await skillId('CI/CD')
    const { token: writer } = await signedInStaff(payload, 'writer')
    expect(
      (await rest('POST', `skills/${actions}/merge`, { token: writer, body: { into: cicd } }))
        .status,
    ).toBe(403)
    const { token } = await signedInStaff(payload, 'editor')
    expect(
      (await rest('POST', `skills/${actions}/merge`, { token, body: { into: actions } })).status,
    ).toBe(400)
    expect(
      (await rest('POST', `skills/${actions}/merge`, { token, body: { into: 999999 } })).status,
    ).toBe(404)
    expect((await rest('POST', `skills/${actions}/merge`, { token, body: {} })).status).toBe(400)

    const merged = await rest('POST', `skills/${actions}/merge`, { token, body: { into: cicd } })
    expect(merged.status).toBe(200)
    expect(merged.json.url).toBe(`/admin/collections/skills/${cicd}`)
    expect(
      await payload.findByID({ collection: 'skills', id: actions, disableErrors: true }),
    ).toBeNull()
    const kept = await payload.findByID({ collection: 'skills', id: cicd })
    expect(kept.synonyms).toEqual(expect.arrayContaining(['GitHub Actions']))

    const devops = await payload.findByID({
      collection: 'roles',
      id: await roleIdBySlug(payload, 'devops-engineer'),
      depth: 1,
    })
    const stage = devops.roadmap!.find((s) => s.stage === 'Containers and CI/CD')!
    expect(skillNames(stage.skills)).toEqual(['Docker', 'CI/CD', 'Jenkins'])
    const { docs: versions } = await payload.findVersions({
      collection: 'roles',
      where: { parent: { equals: devops.id } },
      depth: 1,
      limit: 1,
      sort: '-updatedAt',
    })
    const versionStage = (versions[0]!.version as Role).roadmap!.find(
      (s) => s.stage === 'Containers and CI/CD',
    )!
    expect(skillNames(versionStage.skills)).toEqual(['Docker', 'CI/CD', 'Jenkins'])
    // Search finds the career by the merged skill's name still.
    const hits = await searchSite.uncached({ payload }, 'GitHub Actions')
    expect(hits.map((h) => h.path)).toContain('/careers/devops-engineer')
  })
})
