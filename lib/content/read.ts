import { unstable_cache } from 'next/cache'
import { cache } from 'react'

import { databaseKey } from '../platform/databaseKey.mjs'
import { getPayloadClient } from '../platform/payload'
import { isConnectionError, markDatabase } from '../platform/server/databaseHealth'
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

/** Thrown inside the cache for a miss: unstable_cache keeps no entry for a call that throws. */
class Miss extends Error {}

type ReadOptions = {
  /** Cache only what exists: a miss leaves no entry (for reads anyone can vary, like slugs). */
  hitsOnly?: boolean
}

/**
 * A published-only read with its cache policy beside it: cached across requests under the tags
 * `tags(...args)` names (lib/platform/revalidate.ts), which also become the tags of the page that reads it,
 * so a change re-renders exactly the pages that show what changed; deduplicated within a request
 * (generateMetadata and the page share one call). Nothing here reads the request, so a page built
 * from these reads is rendered once and served from Next's route cache. Staff previewing drafts
 * (Next's draft mode, which renders every request anyway) read around the shared cache, so drafts
 * can never be stored in it.
 */
export function publicRead<Args extends (string | number | undefined | object)[], Result>(
  name: string,
  tags: (...args: NoInfer<Args>) => string[],
  query: Query<Args, Result>,
  { hitsOnly = false }: ReadOptions = {},
): PublicRead<Args, Result> {
  const read = cache(async (...args: Args): Promise<Result> => {
    const user = await previewUser()
    if (user) return query({ payload: await getPayloadClient(), previewUser: user }, ...args)
    const shared = unstable_cache(
      async (...cachedArgs: Args) => {
        const found = await query({ payload: await getPayloadClient() }, ...cachedArgs)
        if (hitsOnly && found === null) throw new Miss()
        return found
      },
      ['content', databaseKey, name],
      { tags: tags(...args), revalidate: false },
    )
    try {
      return await shared(...args)
    } catch (error) {
      if (error instanceof Miss) return null as Result
      // Noticed at once, not at the next health check: this request then answers 503.
      if (isConnectionError(error)) markDatabase(false)
      throw error
    }
  })
  return Object.assign(read, { uncached: query })
}

/**
 * A read of one page by its slug. Anyone can ask for any slug, so only what exists is cached: a
 * value that cannot be a slug is answered without a query, and a miss leaves no cache entry
 * (otherwise every made-up address a crawler tries would add one that nothing ever removes).
 */
export function publicReadBySlug<Result>(
  name: string,
  tags: (slug: string) => string[],
  query: Query<[slug: string], Result | null>,
): PublicRead<[slug: string], Result | null> {
  const read = publicRead(name, tags, query, { hitsOnly: true })
  const checked = cache(async (slug: string) => (isSlug(slug) ? read(slug) : null))
  return Object.assign(checked, { uncached: query })
}

/** How a composed read reaches its parts: cached for pages, uncached for a given reader in tests. */
export type ReadPart = <Args extends unknown[], Result>(
  part: PublicRead<Args, Result>,
  ...args: Args
) => Promise<Result>

/**
 * A read made of other reads (a profile: the career, its salary tables, its comparisons). Each part
 * keeps its own cache entry and tags; the page showing the whole carries all of them.
 */
export function composedRead<Args extends unknown[], Result>(
  compose: (read: ReadPart, ...args: Args) => Promise<Result>,
): PublicRead<Args, Result> {
  const cached = cache((...args: Args) =>
    compose((part, ...partArgs) => part(...partArgs), ...args),
  )
  const uncached = (reader: ContentReader, ...args: Args) =>
    compose((part, ...partArgs) => part.uncached(reader, ...partArgs), ...args)
  return Object.assign(cached, { uncached })
}

/**
 * A read that is not cached across requests: for input anyone can vary that has no shape to check
 * (a search query), where every distinct value would add a cache entry nothing ever evicts. Only a
 * page rendered per request (search) may use it.
 */
export function uncachedPublicRead<Args extends unknown[], Result>(
  query: Query<Args, Result>,
): PublicRead<Args, Result> {
  const read = cache(async (...args: Args) =>
    query({ payload: await getPayloadClient(), previewUser: await previewUser() }, ...args),
  )
  return Object.assign(read, { uncached: query })
}
