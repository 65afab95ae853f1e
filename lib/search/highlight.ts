import { normaliseSearchQuery, queryWords } from './query'

export type Segment = { text: string; match: boolean }

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Splits text into plain and matching segments (every query word, case-insensitive) for <mark>. */
export function highlight(text: string, query: string): Segment[] {
  const words = queryWords(normaliseSearchQuery(query)).map(escapeRegExp)
  if (!text || words.length === 0) return [{ text, match: false }]
  const pattern = new RegExp(`(${words.join('|')})`, 'gi')
  return text
    .split(pattern)
    .filter((part) => part !== '')
    .map((part) => ({ text: part, match: words.some((w) => new RegExp(`^${w}$`, 'i').test(part)) }))
}
