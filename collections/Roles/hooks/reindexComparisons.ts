import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { comparisonSkills, publishedSkills, roleIdsOf } from '@/lib/search/skills'

/**
 * Re-indexes the published comparisons of these careers, which are found by the careers' skills
 * (the search plugin re-indexes only the document that changed).
 */
export async function reindexComparisonsOf(req: PayloadRequest, roleIds: (number | string)[]) {
  if (roleIds.length === 0) return
  const { docs: comparisons } = await req.payload.find({
    collection: 'articles',
    where: { and: [{ comparedRoles: { in: roleIds } }, { _status: { equals: 'published' } }] },
    select: { comparedRoles: true },
    depth: 0,
    pagination: false,
    req,
  })
  // The skills of every career these comparisons compare, read once for all of them.
  const skills = await publishedSkills(req, [
    ...new Set(comparisons.flatMap((c) => roleIdsOf(c.comparedRoles))),
  ])
  for (const comparison of comparisons) {
    await req.payload.update({
      collection: 'search',
      where: {
        and: [
          { 'doc.relationTo': { equals: 'articles' } },
          { 'doc.value': { equals: comparison.id } },
        ],
      },
      data: { skills: comparisonSkills(skills, comparison.comparedRoles) },
      req,
    })
  }
}

/** A career's skills changed: re-index the published comparisons that use it. */
export const reindexComparisonsOfRole: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (doc._status !== 'published') return doc
  await reindexComparisonsOf(req, [doc.id])
  return doc
}
