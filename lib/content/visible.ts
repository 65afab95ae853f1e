/** Populated relations that came back as bare ids are documents the reader may not see (drafts). */
export function visible<T extends object>(
  values: readonly (T | number | string | null | undefined)[] | null | undefined,
): T[] {
  return (values ?? []).filter((v): v is T => typeof v === 'object' && v !== null)
}
