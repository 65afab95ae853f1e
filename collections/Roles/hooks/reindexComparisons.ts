import type { CollectionAfterChangeHook } from 'payload'

import { comparisonSkills, publishedSkills, roleIdsOf } from '@/lib/search/skills'

/**
 * A career's skills changed: re-index the published comparisons that use it, which are found by
 * those skills (the plugin re-indexes only the document that changed).
 */
export const reindexComparisonsOfRole: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (doc._status !== 'published') return doc
  const { docs: comparisons } = await req.payload.find({
    collection: 'articles',
    where: { and: [{ comparedRoles: { in: [doc.id] } }, { _status: { equals: 'published' } }] },
    select: { comparedRoles: true },
    depth: 0,
    limit: 100,
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
  return doc
}
