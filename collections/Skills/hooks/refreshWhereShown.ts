import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { cacheTags, expireTags } from '@/lib/platform/revalidate'
import { careerSearchSkills } from '@/lib/search/skills'
import type { Skill } from '@/payload-types'

import { reindexComparisonsOf } from '../../Roles/hooks/reindexComparisons'
import { namingSkill } from '../naming'

/**
 * A skill renamed, given new synonyms or deleted: the pages that show its name are refreshed (one
 * tag: every read that fills in skill names carries it), and the search entries of the published
 * careers naming it — and of their comparisons — are rewritten, since search finds a career by
 * every spelling of its skills. Creating a skill, or changing only its category or description,
 * shows nowhere yet and refreshes nothing.
 */
export const refreshWhereShown: CollectionAfterChangeHook<Skill> &
  CollectionAfterDeleteHook<Skill> = async (args) => {
  const { doc, req } = args
  const previousDoc = 'previousDoc' in args ? (args.previousDoc as Skill | undefined) : undefined
  const operation = 'operation' in args ? args.operation : 'delete'
  if (operation === 'create') return doc
  const renamed = operation === 'delete' || previousDoc?.name !== doc.name
  const respelt =
    renamed || JSON.stringify(previousDoc?.synonyms ?? []) !== JSON.stringify(doc.synonyms ?? [])
  if (!respelt || req.context.disableRevalidate) return doc
  if (renamed) expireTags([cacheTags.skills])
  await reindexCareersNaming(req, doc.id)
  return doc
}

/** Rewrites the search entries of the published careers naming a skill, and of their comparisons. */
export async function reindexCareersNaming(req: PayloadRequest, skill: number | string) {
  const { docs: careers } = await req.payload.find({
    collection: 'roles',
    where: {
      and: [{ _status: { equals: 'published' } }, namingSkill(skill)],
    },
    select: { skills: true, roadmap: { skills: true }, toolbox: true },
    depth: 0,
    pagination: false,
    req,
  })
  for (const career of careers) {
    await req.payload.update({
      collection: 'search',
      where: {
        and: [{ 'doc.relationTo': { equals: 'roles' } }, { 'doc.value': { equals: career.id } }],
      },
      data: { skills: await careerSearchSkills(req, career) },
      req,
    })
  }
  await reindexComparisonsOf(
    req,
    careers.map((career) => career.id),
  )
}
