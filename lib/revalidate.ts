import { revalidateTag } from 'next/cache'

/**
 * Cache tags: every cached public read is tagged with each collection it reads, and a change to a
 * document expires its collection's tag. A salary band edited once therefore refreshes its profile,
 * every comparison and listing that shows it, and the home page — without anyone listing those pages.
 * At our catalogue's size (hundreds of documents) this is both correct and cheap: entries refill
 * lazily, one query set per page, on the next visit.
 */
export const CONTENT_TAGS = {
  roles: 'roles',
  'salary-tables': 'salary-tables',
  articles: 'articles',
  media: 'media',
  authors: 'authors',
} as const

export type TaggedCollection = keyof typeof CONTENT_TAGS
export type ContentTag = (typeof CONTENT_TAGS)[TaggedCollection]

type Versioned = { _status?: 'draft' | 'published' | null } | null | undefined

/**
 * The tags a change touches, or none when no reader could have seen the document before or after it
 * (a draft of a never-published document).
 */
export function tagsForChange(
  collection: TaggedCollection,
  doc: Versioned,
  previousDoc?: Versioned,
): ContentTag[] {
  const hasDrafts = doc && '_status' in doc
  const visibleBefore = previousDoc?._status === 'published'
  const visibleAfter = doc?._status === 'published'
  if (hasDrafts && !visibleBefore && !visibleAfter) return []
  return [CONTENT_TAGS[collection]]
}

/**
 * Expires tags at once (`expire: 0`), so the first reader after a publish gets the new content rather
 * than a stale copy. Outside a Next.js request (the seed script, tests) there is no cache to expire.
 */
export function expireTags(tags: readonly string[]): void {
  for (const tag of tags) {
    try {
      revalidateTag(tag, { expire: 0 })
    } catch (error) {
      if (isOutsideRequestError(error)) return
      throw error
    }
  }
}

/**
 * Next offers no public way to ask whether a request is in progress (its work store is private), and
 * revalidateTag throws without one. Its error text is matched here, in one place, so a Next upgrade
 * that rewords it fails loudly in the integration tests (they save content outside any request).
 */
function isOutsideRequestError(error: unknown): boolean {
  return (
    error instanceof Error &&
    /static generation store missing|incrementalCache missing/i.test(error.message)
  )
}
