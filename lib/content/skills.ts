import type { Role, Skill } from '@/payload-types'

import { cacheTags } from '../platform/revalidate'
import { careerSkillIds, withSkills } from '../skills/refs'
import { type ContentReader, publicFindAll } from './publicFind'
import { publicRead } from './read'

export type SkillEntry = Pick<Skill, 'id' | 'name' | 'category'>

/**
 * Every skill readers may see — those a published career names — with its kind, by name: a few
 * dozen bytes each, cached whole; refreshed when a skill is renamed or a career changes its skills.
 */
export const listSkills = publicRead(
  'skills',
  () => [cacheTags.skills, cacheTags.careerGraph],
  async (reader: ContentReader): Promise<SkillEntry[]> =>
    publicFindAll(reader, {
      collection: 'skills',
      select: { name: true, category: true },
      sort: 'name',
    }),
)

/**
 * Careers with their skills' names filled in, in one query for all of them (careers are read at
 * depth 0, which leaves skills as ids). Reads that call this carry the `skills` tag.
 */
export async function withSkillNames(reader: ContentReader, roles: Role[]): Promise<Role[]> {
  const ids = [...new Set(roles.flatMap(careerSkillIds))].sort()
  if (ids.length === 0) return roles
  const docs = await publicFindAll(reader, {
    collection: 'skills',
    where: { id: { in: ids } },
    select: { name: true, category: true },
  })
  const byId = new Map(docs.map((skill) => [String(skill.id), skill]))
  return roles.map((role) => withSkills(role, byId))
}
