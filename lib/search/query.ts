export const MAX_QUERY_LENGTH = 100
export const MAX_QUERY_WORDS = 10

/**
 * The one form of a search query that both the database query and the highlighting use: at most 100
 * characters and 10 words. `%` and `_` are SQL LIKE wildcards, and Payload's `like` passes them
 * through (SQLite has no default escape character to escape them with), so they separate words
 * instead: `q=%` searches for nothing rather than matching everything.
 */
export function normaliseSearchQuery(raw: unknown): string {
  const text = typeof raw === 'string' ? raw : Array.isArray(raw) ? String(raw[0] ?? '') : ''
  return text
    .slice(0, MAX_QUERY_LENGTH)
    .replace(/[%_]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, MAX_QUERY_WORDS)
    .join(' ')
}

/** The words of a normalised query. */
export const queryWords = (query: string): string[] => query.split(' ').filter(Boolean)
