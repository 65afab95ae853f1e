import type { BeforeSync } from '@payloadcms/plugin-search/types'
import type { CollectionAfterChangeHook, Field, PayloadRequest } from 'payload'
import { extractID } from 'payload/shared'

import type { Role } from '@/payload-types'

import { articlePath, rolePath } from '../paths'

/** Extra columns of the search index: what results show and what the query matches beyond the title. */
export const searchFields: Field[] = [
  { name: 'path', type: 'text', index: true, admin: { readOnly: true } },
  { name: 'kind', type: 'text', admin: { readOnly: true } },
  { name: 'summary', type: 'textarea', admin: { readOnly: true } },
  { name: 'skills', type: 'textarea', admin: { readOnly: true } },
]

function skillsOf(role: Pick<Role, 'coreSkills' | 'toolbox'>): string[] {
  return [...(role.coreSkills ?? []).map((s) => s.skill), ...(role.toolbox ?? []).map((t) => t.tool)]
}

/** The published skills of the careers a comparison compares: what it is found by. */
async function comparisonSkills(req: PayloadRequest, comparedRoles: unknown[] | null | undefined): Promise<string> {
  const roleIds = (comparedRoles ?? []).map((r) => extractID(r as Role['id']))
  if (roleIds.length === 0) return ''
  const { docs } = await req.payload.find({
    collection: 'roles',
    where: { and: [{ id: { in: roleIds } }, { _status: { equals: 'published' } }] },
    select: { coreSkills: true, toolbox: true },
    depth: 0,
    req,
  })
  return [...new Set(docs.flatMap(skillsOf))].join(', ')
}

/** Copies a published document's searchable text into its index entry. */
export const searchSync: BeforeSync = async ({ originalDoc, req, searchDoc }) => {
  if (searchDoc.doc.relationTo === 'roles') {
    return { ...searchDoc, path: rolePath(originalDoc.slug), kind: 'career', summary: originalDoc.summary, skills: skillsOf(originalDoc).join(', ') }
  }
  return {
    ...searchDoc,
    path: articlePath(originalDoc) ?? '',
    kind: originalDoc.kind,
    summary: originalDoc.distinction,
    skills: await comparisonSkills(req, originalDoc.comparedRoles),
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
  for (const comparison of comparisons) {
    await req.payload.update({
      collection: 'search',
      where: { and: [{ 'doc.relationTo': { equals: 'articles' } }, { 'doc.value': { equals: comparison.id } }] },
      data: { skills: await comparisonSkills(req, comparison.comparedRoles) },
      req,
    })
  }
  return doc
}
