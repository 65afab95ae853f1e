import type { BeforeSync } from '@payloadcms/plugin-search/types'
import type { Field } from 'payload'
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

/**
 * Copies a published document's searchable text into its index entry. A comparison is found by the
 * skills of the careers it compares, as read at the time the comparison is published.
 */
export const searchSync: BeforeSync = async ({ originalDoc, req, searchDoc }) => {
  if (searchDoc.doc.relationTo === 'roles') {
    return { ...searchDoc, path: rolePath(originalDoc.slug), kind: 'career', summary: originalDoc.summary, skills: skillsOf(originalDoc).join(', ') }
  }
  const roleIds = ((originalDoc.comparedRoles as unknown[] | undefined) ?? []).map((r) => extractID(r as Role['id']))
  const roles = roleIds.length
    ? (
        await req.payload.find({
          collection: 'roles',
          where: { and: [{ id: { in: roleIds } }, { _status: { equals: 'published' } }] },
          select: { coreSkills: true, toolbox: true },
          depth: 0,
          req,
        })
      ).docs
    : []
  return {
    ...searchDoc,
    path: articlePath(originalDoc) ?? '',
    kind: originalDoc.kind,
    summary: originalDoc.distinction,
    skills: [...new Set(roles.flatMap(skillsOf))].join(', '),
  }
}
