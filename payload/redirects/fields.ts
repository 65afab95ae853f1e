import type { Field, TextFieldSingleValidation } from 'payload'

import { redirectSourceProblem, redirectTargetProblem } from '@/lib/paths'

const validSource: TextFieldSingleValidation = (value) => redirectSourceProblem(value) ?? true

const validTarget: TextFieldSingleValidation = (value, { siblingData }) =>
  (siblingData as { type?: string } | undefined)?.type === 'custom'
    ? (redirectTargetProblem(value) ?? true)
    : true

/**
 * The redirects plugin's fields with our rules on the addresses: `from` is a path on this site,
 * a custom `to` is a path on this site or an https URL (lib/paths.ts says why).
 */
export function redirectFields(defaultFields: Field[]): Field[] {
  return defaultFields.map((field) => {
    if ('name' in field && field.name === 'from' && field.type === 'text' && !field.hasMany) {
      return { ...field, validate: validSource }
    }
    if ('name' in field && field.name === 'to' && field.type === 'group') {
      return {
        ...field,
        fields: field.fields.map((sub) =>
          'name' in sub && sub.name === 'url' && sub.type === 'text' && !sub.hasMany
            ? { ...sub, validate: validTarget }
            : sub,
        ),
      }
    }
    return field
  })
}
