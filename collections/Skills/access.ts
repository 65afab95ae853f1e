import type { Access, PayloadRequest } from 'payload'

import { careerSkillIds } from '@/lib/skills/refs'

import { staffUser } from '../access/roles'
import { isSqlDatabase, sqlRows } from './sql'

/**
 * The skills some published career names, read once per request. On SQL databases one statement on
 * the live careers' references (the main table holds what readers see; drafts live in versions);
 * elsewhere through the Local API, which reads every career's roadmap (slower: ~0.2 s at 1,000).
 */
async function publishedSkillIds(req: PayloadRequest): Promise<string[]> {
  const cached = req.context.publishedSkillIds as string[] | undefined
  if (cached) return cached
  if (isSqlDatabase(req)) {
    const rows = await sqlRows<{ id: number | string }>(
      req,
      `SELECT DISTINCT r.skills_id AS id FROM roles_rels r JOIN roles p ON p.id = r.parent_id WHERE p._status = 'published' AND r.skills_id IS NOT NULL`,
    )
    const ids = rows.map((row) => String(row.id))
    req.context.publishedSkillIds = ids
    return ids
  }
  const { docs } = await req.payload.find({
    collection: 'roles',
    where: { _status: { equals: 'published' } },
    select: { skills: true, roadmap: { skills: true } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const ids = [...new Set(docs.flatMap(careerSkillIds))]
  req.context.publishedSkillIds = ids
  return ids
}

/**
 * Staff read every skill; anyone else only those a published career names. A skill typed for a
 * draft (or made from a draft's old text by the career_graph migration) says something about
 * unpublished work, so it stays private until a career naming it is published.
 */
export const readSkills: Access = async ({ req }) => {
  if (staffUser(req)) return true
  return { id: { in: await publishedSkillIds(req) } }
}
