import type { RelationshipField, TextField } from 'payload'

/** The reader a record belongs to: indexed, because every reader query filters on it. */
export function readerField(): RelationshipField {
  return { name: 'reader', type: 'relationship', relationTo: 'readers', required: true, index: true, admin: { readOnly: true } }
}

/** A relationship value as stored or as populated: `5`, `'5'`, `{ id: 5 }` or `{ relationTo, value }`. */
export function relationId(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  if (typeof value === 'object') {
    const record = value as { id?: unknown; value?: unknown }
    if ('value' in record) return relationId(record.value)
    if ('id' in record) return relationId(record.id)
  }
  return null
}

/**
 * A unique key composed from the record's own fields (e.g. reader + page). The database enforces
 * it, so two concurrent saves of the same page cannot both land, whichever code path writes.
 */
export function compositeKeyField(compose: (data: Record<string, unknown>) => (string | null)[]): TextField {
  return {
    name: 'key',
    type: 'text',
    unique: true,
    index: true,
    admin: { hidden: true },
    hooks: {
      beforeValidate: [
        ({ data, originalDoc }) => {
          const parts = compose({ ...originalDoc, ...data })
          return parts.every(Boolean) ? parts.join(':') : undefined
        },
      ],
    },
  }
}
