import type { CollectionBeforeChangeHook, FlattenedField } from 'payload'

type Data = Record<string, unknown>

const isObject = (value: unknown): value is Data =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Calls `visit` for every array and blocks row in `data`, at any depth, following the collection's
 * fields (relationship values, which are objects with ids too, are never rows).
 */
function eachRow(fields: FlattenedField[], data: unknown, visit: (row: Data) => void): void {
  if (!isObject(data)) return
  for (const field of fields) {
    const value = data[field.name]
    if (field.type === 'group' || field.type === 'tab') {
      eachRow(field.flattenedFields, value, visit)
    } else if (field.type === 'array' && Array.isArray(value)) {
      for (const row of value.filter(isObject)) {
        visit(row)
        eachRow(field.flattenedFields, row, visit)
      }
    } else if (field.type === 'blocks' && Array.isArray(value)) {
      for (const row of value.filter(isObject)) {
        visit(row)
        const block = field.blocks.find((b) => b.slug === row.blockType)
        if (block) eachRow(block.flattenedFields, row, visit)
      }
    }
  }
}

/**
 * Array rows carry ids the client sends; the SQL adapters store every row of a field in one table
 * keyed by that id, so a row copied from another document (or repeated) would fail the unique key
 * and answer 500. A row id this document does not already have is dropped here, and Payload gives
 * the row a new one; ids of the document's own rows are kept, so editing a row keeps its identity.
 */
export const freshRowIds: CollectionBeforeChangeHook = ({ collection, data, originalDoc }) => {
  const own = new Set<unknown>()
  eachRow(collection.flattenedFields, originalDoc, (row) => own.add(row.id))
  const seen = new Set<unknown>()
  eachRow(collection.flattenedFields, data, (row) => {
    if (row.id === undefined || row.id === null) return
    if (!own.has(row.id) || seen.has(row.id)) delete row.id
    else seen.add(row.id)
  })
  return data
}
