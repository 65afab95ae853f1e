import type { RelationshipFieldManyValidation, RelationshipFieldSingleValidation } from 'payload'
import { extractID, relationship } from 'payload/shared'

type ArticleData = { kind?: string; comparedRoles?: unknown[] | null }

const ids = (values: unknown[] | null | undefined) =>
  (values ?? []).map((v) => String(extractID(v as string | number | { id: string | number })))

export const validateComparedRoles: RelationshipFieldManyValidation = (value, options) => {
  const base = relationship(value, options)
  if (base !== true) return base
  const data = options.data as ArticleData
  if (data?.kind !== 'comparison') return true
  const chosen = ids(value as unknown[] | null)
  if (chosen.length !== 2)
    return `A comparison compares exactly two careers; ${chosen.length} chosen.`
  if (chosen[0] === chosen[1]) return 'Choose two different careers.'
  return true
}

export const validateSignalRole: RelationshipFieldSingleValidation = (value, options) => {
  const base = relationship(value, options)
  if (base !== true) return base
  const data = options.data as ArticleData
  if (!value || data?.kind !== 'comparison') return true
  const compared = ids(data.comparedRoles)
  return (
    compared.includes(String(extractID(value as string | number))) ||
    'Pick one of the two careers this article compares.'
  )
}
