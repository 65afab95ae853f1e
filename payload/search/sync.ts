import type { BeforeSync } from '@payloadcms/plugin-search/types'
import type { CollectionAfterChangeHook, Field, PayloadRequest } from 'payload'
import { extractID } from 'payload/shared'

import { publicPath } from '@/lib/paths'
import type { Role } from '@/payload-types'

/** Extra columns of the search index: what results show and what the query matches beyond the title. */
export const searchFields: Field[] = [
  { name: 'path', type: 'text', index: true, admin: { readOnly: true } },
  { name: 'kind', type: 'text', admin: { readOnly: true } },
  { name: 'summary', type: 'textarea', admin: { readOnly: true } },
  { name: 'skills', type: 'textarea', admin: { readOnly: true } },
]

function skillsOf(role: Pick<Role, 'coreSkills' | 'toolbox'>): string[] {
  return [
    ...(role.coreSkills ?? []).map((s) => s.skill),
    ...(role.toolbox ?? []).map((t) => t.tool),
  ]
}

type ComparedRoles = unknown[] | null | undefined

const roleIdsOf = (comparedRoles: ComparedRoles) =>
  (comparedRoles ?? []).map((r) => String(extractID(r as Role['id'])))

/** The skills of each of these careers that is published, in one query. */
async function publishedSkills(
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
function comparisonSkills(skills: Map<string, string[]>, comparedRoles: ComparedRoles): string {
  return [...new Set(roleIdsOf(comparedRoles).flatMap((id) => skills.get(id) ?? []))].join(', ')
}

/** Copies a published document's searchable text into its index entry. */
export const searchSync: BeforeSync = async ({ originalDoc, req, searchDoc }) => {
  const path = publicPath(searchDoc.doc.relationTo, originalDoc) ?? ''
  if (searchDoc.doc.relationTo === 'roles') {
    return {
      ...searchDoc,
      path,
      kind: 'career',
      summary: originalDoc.summary,
      skills: skillsOf(originalDoc).join(', '),
    }
  }
  const skills = await publishedSkills(req, roleIdsOf(originalDoc.comparedRoles))
  return {
    ...searchDoc,
    path,
    kind: originalDoc.kind,
    summary: originalDoc.distinction,
    skills: comparisonSkills(skills, originalDoc.comparedRoles),
  }
}

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
