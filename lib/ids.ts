/**
 * A relationship value as stored or as populated — `5`, `'5'`, `{ id: 5 }` or `{ relationTo, value }`
 * — as the id itself, its type kept (SQL adapters number their rows, MongoDB uses strings).
 */
export function relationValue(value: unknown): number | string | null {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'string' || typeof value === 'number') return value
  if (typeof value === 'object') {
    const record = value as { id?: unknown; value?: unknown }
    if ('value' in record) return relationValue(record.value)
    if ('id' in record) return relationValue(record.id)
  }
  return null
}

/** The same, as a string: for keys, sets and comparisons across adapters. */
export function relationId(value: unknown): string | null {
  const id = relationValue(value)
  return id === null ? null : String(id)
}
