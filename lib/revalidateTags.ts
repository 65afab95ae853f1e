import { revalidateTag } from 'next/cache'

/**
 * Expire tags at once (`expire: 0`), so the first reader after a publish gets the new content rather
 * than a stale copy. Outside a Next.js server (the seed script, tests) there is no cache to expire and
 * Next throws; that case is expected and ignored, anything else is rethrown.
 */
export function expireTags(tags: readonly string[]): void {
  for (const tag of tags) {
    try {
      revalidateTag(tag, { expire: 0 })
    } catch (error) {
      if (
        error instanceof Error &&
        /static generation store missing|incrementalCache missing/i.test(error.message)
      )
        return
      throw error
    }
  }
}
