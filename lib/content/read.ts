import { createHash } from 'node:crypto'

import { unstable_cache } from 'next/cache'
import { connection } from 'next/server'
import { cache } from 'react'

import { getPayloadClient } from '../payload'
import { isSlug } from '../slug'
import { previewUser } from './previewUser'
import type { ContentReader } from './publicFind'

type Query<Args extends unknown[], Result> = (
  reader: ContentReader,
  ...args: Args
) => Promise<Result>

/** A read pages call by name; `uncached` runs the same query for a given reader (tests, scripts). */
export type PublicRead<Args extends unknown[], Result> = ((...args: Args) => Promise<Result>) & {
  uncached: Query<Args, Result>
}

/**
 * Cache entries outlive the process (Next keeps them on disk), so they are keyed by the database
 * too: pointing the same build at another database must never serve the first one's content.
 */
const databaseKey = createHash('sha256')
  .update(process.env.DATABASE_URI ?? 'default-sqlite')
  .digest('hex')
  .slice(0, 12)

/**
 * A published-only read with its cache policy beside it: cached across requests under `tags` (so
 * the collection hooks can expire it) and deduplicated within a request (so generateMetadata and the
 * page share one call). Reading marks the page as rendered at request time: content never comes
 * from the build, when the database may still be empty. Staff previewing drafts read around the
 * shared cache, so drafts can never be stored in it.
 */
export function publicRead<Args extends (string | number | undefined | object)[], Result>(
  name: string,
  tags: readonly string[],
  query: Query<Args, Result>,
): PublicRead<Args, Result> {
  const shared = unstable_cache(
    async (...args: Args) => query({ payload: await getPayloadClient() }, ...args),
    ['content', databaseKey, name],
    { tags: [...tags], revalidate: false },
  )
  const read = cache(async (...args: Args) => {
    await connection()
    const user = await previewUser()
    if (user) return query({ payload: await getPayloadClient(), previewUser: user }, ...args)
    return shared(...args)
  })
  return Object.assign(read, { uncached: query })
}

/** Thrown inside the cache for a miss: unstable_cache keeps no entry for a call that throws. */
class Miss extends Error {}

/**
 * A read of one page by its slug. Anyone can ask for any slug, so only what exists is cached: a
 * value that cannot be a slug is answered without a query, and a miss leaves no cache entry
 * (otherwise every made-up address a crawler tries would add one that nothing ever removes).
 */
export function publicReadBySlug<Result>(
  name: string,
  tags: readonly string[],
  query: Query<[slug: string], Result | null>,
): PublicRead<[slug: string], Result | null> {
  const hitsOnly = publicRead(name, tags, async (reader, slug: string) => {
    const found = await query(reader, slug)
    if (found === null && !reader.previewUser) throw new Miss()
    return found
  })
  const read = cache(async (slug: string) => {
    if (!isSlug(slug)) return null
    try {
      return await hitsOnly(slug)
    } catch (error) {
      if (error instanceof Miss) return null
      throw error
    }
  })
  return Object.assign(read, { uncached: query })
}

/**
 * A read that is not cached across requests: for input anyone can vary (a search query, the path of
 * a missing page), where every distinct value would add a cache entry that nothing ever evicts.
 */
export function uncachedPublicRead<Args extends unknown[], Result>(
  query: Query<Args, Result>,
): PublicRead<Args, Result> {
  const read = cache(async (...args: Args) => {
    await connection()
    return query({ payload: await getPayloadClient(), previewUser: await previewUser() }, ...args)
  })
  return Object.assign(read, { uncached: query })
}
