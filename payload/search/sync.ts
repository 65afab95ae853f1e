import type { BeforeSync } from '@payloadcms/plugin-search/types'
import type { Field } from 'payload'

import { publicPath } from '@/lib/paths'
import {
  careerSearchSkills,
  comparisonSkills,
  publishedSkills,
  roleIdsOf,
} from '@/lib/search/skills'

/** Extra columns of the search index: what results show and what the query matches beyond the title. */
export const searchFields: Field[] = [
  { name: 'path', type: 'text', index: true, admin: { readOnly: true } },
  { name: 'kind', type: 'text', admin: { readOnly: true } },
  { name: 'summary', type: 'textarea', admin: { readOnly: true } },
  { name: 'skills', type: 'textarea', admin: { readOnly: true } },
]

/** Copies a published document's searchable text into its index entry. */
export const searchSync: BeforeSync = async ({ originalDoc, req, searchDoc }) => {
  const path = publicPath(searchDoc.doc.relationTo, originalDoc) ?? ''
  if (searchDoc.doc.relationTo === 'roles') {
    return {
      ...searchDoc,
      path,
      kind: 'career',
      summary: originalDoc.summary,
      skills: await careerSearchSkills(req, originalDoc),
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
