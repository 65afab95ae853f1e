import type { PayloadRequest } from 'payload'
import { extractID } from 'payload/shared'

import type { Role } from '@/payload-types'

import { careerSkillIds, type CareerSkills } from '../skills/refs'

/**
 * What search finds a page by beyond its title: a career's skills (with every spelling they answer
 * to, so "k8s" finds the careers naming Kubernetes) and tools, and for a comparison, the published
 * skills of the careers it compares. Shared by the search index's sync (payload/search/sync.ts)
 * and the hooks that re-index what a changed career or skill appears in.
 */

/** Each skill's name and synonyms, by id, in one query. */
export async function skillTexts(
  req: PayloadRequest,
  ids: readonly string[],
): Promise<Map<string, string[]>> {
  if (ids.length === 0) return new Map()
  const { docs } = await req.payload.find({
    collection: 'skills',
    where: { id: { in: [...ids] } },
    select: { name: true, synonyms: true },
    depth: 0,
    pagination: false,
    req,
  })
  return new Map(docs.map((skill) => [String(skill.id), [skill.name, ...(skill.synonyms ?? [])]]))
}

type SearchedCareer = CareerSkills & Pick<Role, 'toolbox'>

export function skillsOf(role: SearchedCareer, texts: ReadonlyMap<string, string[]>): string[] {
  return [
    ...careerSkillIds(role).flatMap((id) => texts.get(id) ?? []),
    ...(role.toolbox ?? []).map((t) => t.tool),
  ]
}

/** A career's search text, its skills' names read in one query. */
export async function careerSearchSkills(req: PayloadRequest, role: SearchedCareer) {
  return skillsOf(role, await skillTexts(req, careerSkillIds(role))).join(', ')
}

export type ComparedRoles = unknown[] | null | undefined

export const roleIdsOf = (comparedRoles: ComparedRoles) =>
  (comparedRoles ?? []).map((r) => String(extractID(r as Role['id'])))

/** The skills of each of these careers that is published, in two queries. */
export async function publishedSkills(
  req: PayloadRequest,
  roleIds: string[],
): Promise<Map<string, string[]>> {
  if (roleIds.length === 0) return new Map()
  const { docs } = await req.payload.find({
    collection: 'roles',
    where: { and: [{ id: { in: roleIds } }, { _status: { equals: 'published' } }] },
    select: { skills: true, roadmap: { skills: true }, toolbox: true },
    depth: 0,
    pagination: false,
    req,
  })
  const texts = await skillTexts(req, [...new Set(docs.flatMap(careerSkillIds))])
  return new Map(docs.map((role) => [String(role.id), skillsOf(role, texts)]))
}

/** What a comparison is found by: the published skills of the careers it compares. */
export function comparisonSkills(
  skills: Map<string, string[]>,
  comparedRoles: ComparedRoles,
): string {
  return [...new Set(roleIdsOf(comparedRoles).flatMap((id) => skills.get(id) ?? []))].join(', ')
}
