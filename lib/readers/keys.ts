/**
 * The unique keys of reader records (collections/fields/readerFields.ts): one definition for the
 * hook that writes them and the queries that look records up by them. Null while a part is missing.
 */
type Part = string | number | null | undefined

const joinKey = (...parts: Part[]): string | null =>
  parts.every((part) => part !== null && part !== undefined && part !== '') ? parts.join(':') : null

export const accountKey = (provider: Part, providerAccountId: Part) =>
  joinKey(provider, providerAccountId)

export const saveKey = (reader: Part, collection: Part, pageId: Part) =>
  joinKey(reader, collection, pageId)

export const stageKey = (reader: Part, role: Part, stage: Part) => joinKey(reader, role, stage)

/** A note on a page (no stage) or on one stage of a career's roadmap. */
export const noteKey = (reader: Part, collection: Part, pageId: Part, stage: Part) =>
  joinKey(reader, collection, pageId, stage || 'page')

/** The weekly digest sent to a reader in one ISO week: at most one. */
export const digestKey = (reader: Part, week: Part) => joinKey(reader, week)
