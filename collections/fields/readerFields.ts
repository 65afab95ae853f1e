import type { RelationshipField, TextField } from 'payload'

/** The reader a record belongs to: indexed, because every reader query filters on it. */
export function readerField(): RelationshipField {
  return {
    name: 'reader',
    type: 'relationship',
    relationTo: 'readers',
    required: true,
    index: true,
    admin: { readOnly: true },
  }
}

/**
 * A unique key composed from the record's own fields (e.g. reader + page, by lib/readers/keys.ts). The database enforces
 * it, so two concurrent saves of the same page cannot both land, whichever code path writes.
 */
export function compositeKeyField(
  compose: (data: Record<string, unknown>) => string | null,
): TextField {
  return {
    name: 'key',
    type: 'text',
    unique: true,
    index: true,
    admin: { hidden: true },
    hooks: {
      beforeValidate: [
        ({ data, originalDoc }) => compose({ ...originalDoc, ...data }) ?? undefined,
      ],
    },
  }
}
