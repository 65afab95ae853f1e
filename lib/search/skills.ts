import type { PayloadRequest } from 'payload'
import { extractID } from 'payload/shared'

import type { Role } from '@/payload-types'

/**
 * What search finds a page by beyond its title: a career's skills and tools, and for a comparison,
 * the published skills of the careers it compares. Shared by the search index's sync
 * (payload/search/sync.ts) and the careers' hook that re-indexes their comparisons.
 */

export function skillsOf(role: Pick<Role, 'coreSkills' | 'toolbox'>): string[] {
  return [
    ...(role.coreSkills ?? []).map((s) => s.skill),
    ...(role.toolbox ?? []).map((t) => t.tool),
  ]
}

export type ComparedRoles = unknown[] | null | undefined

export const roleIdsOf = (comparedRoles: ComparedRoles) =>
  (comparedRoles ?? []).map((r) => String(extractID(r as Role['id'])))

/** The skills of each of these careers that is published, in one query. */
export async function publishedSkills(
  req: PayloadRequest,
  roleIds: string[],
): Promise<Map<string, string[]>> {
  if (roleIds.length === 0) return new Map()
  const { docs } = await req.payload.find({
    collection: 'roles',
    where: { and: [{ id: { in: roleIds } }, { _status: { equals: 'published' } }] },
    select: { coreSkills: true, toolbox: true },
    depth: 0,
    pagination: false,
    req,
  })
  return new Map(docs.map((role) => [String(role.id), skillsOf(role)]))
}

/** What a comparison is found by: the published skills of the careers it compares. */
export function comparisonSkills(
  skills: Map<string, string[]>,
  comparedRoles: ComparedRoles,
): string {
  return [...new Set(roleIdsOf(comparedRoles).flatMap((id) => skills.get(id) ?? []))].join(', ')
}
