import { createHash } from 'node:crypto'

import { unstable_cache } from 'next/cache'
import { connection } from 'next/server'
import { cache } from 'react'

import { getPayloadClient } from '../payload'
import { CONTENT_TAGS, type ContentTag } from '../revalidate'
import { previewUser } from './previewUser'
import type { ContentReader } from './publicFind'
import * as queries from './queries'

export type {
  ArticleCard,
  Comparison,
  RoleCard,
  RoleProfile,
  SearchHit,
  SitemapEntry,
} from './queries'

const { roles, articles, media, authors } = CONTENT_TAGS
const salaries = CONTENT_TAGS['salary-tables']

/**
 * Cache entries outlive the process (Next keeps them on disk), so they are keyed by the database
 * too: pointing the same build at another database must never serve the first one's content.
 */
const databaseKey = createHash('sha256')
  .update(process.env.DATABASE_URI ?? 'default-sqlite')
  .digest('hex')
  .slice(0, 12)

/**
 * A published-only read, cached across requests under the tags of every collection it reads (so
 * the collection hooks can expire it) and deduplicated within a request (so generateMetadata and the
 * page share one call). Reading marks the page as rendered at request time: content never comes
 * from the build, when the database may still be empty.
 */
function cachedRead<Args extends (string | number | undefined | object)[], Result>(
  name: string,
  tags: ContentTag[],
  read: (reader: ContentReader, ...args: Args) => Promise<Result>,
): (...args: Args) => Promise<Result> {
  const shared = unstable_cache(
    async (...args: Args) => read({ payload: await getPayloadClient() }, ...args),
    ['content', databaseKey, name],
    {
      tags,
      revalidate: false,
    },
  )
  return cache(async (...args: Args) => {
    await connection()
    // Staff previewing drafts read around the shared cache, so drafts can never be stored in it.
    const user = await previewUser()
    if (user) return read({ payload: await getPayloadClient(), previewUser: user }, ...args)
    return shared(...args)
  })
}

/**
 * A read that is not cached across requests: for input anyone can vary (a search query, the path of
 * a missing page), where every distinct value would add a cache entry that nothing ever evicts.
 */
function uncachedRead<Args extends unknown[], Result>(
  read: (reader: ContentReader, ...args: Args) => Promise<Result>,
): (...args: Args) => Promise<Result> {
  return cache(async (...args: Args) => {
    await connection()
    return read({ payload: await getPayloadClient(), previewUser: await previewUser() }, ...args)
  })
}

export const listRoleCards = cachedRead('role-cards', [roles], queries.listRoleCards)
export const listArticleCards = cachedRead(
  'article-cards',
  [articles, roles],
  queries.listArticleCards,
)
export const getRoleProfile = cachedRead(
  'role-profile',
  [roles, salaries, articles],
  queries.loadRoleProfile,
)
export const getComparison = cachedRead(
  'comparison',
  [articles, roles, salaries, media, authors],
  queries.loadComparison,
)
export const getGuide = cachedRead('guide', [articles, media, authors], queries.loadGuide)
export const listSitemapEntries = cachedRead(
  'sitemap',
  [roles, articles],
  queries.listSitemapEntries,
)
export const findRedirect = uncachedRead(queries.findRedirect)
export const searchSite = uncachedRead(queries.searchSite)
