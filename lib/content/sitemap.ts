import { publicPath } from '../paths'
import { cacheTags } from '../revalidate'
import { type ContentReader, publicFind } from './publicFind'
import { publicRead } from './read'

export type SitemapEntry = { path: string; lastModified: string }

type Page = { slug?: string | null; kind?: string | null; updatedAt: string }

const entriesOf = (collection: 'roles' | 'articles', docs: Page[]): SitemapEntry[] =>
  docs.flatMap((doc) => {
    const path = publicPath(collection, doc)
    return path ? [{ path, lastModified: doc.updatedAt }] : []
  })

/** Every published page with its last change, for the sitemap. */
export const listSitemapEntries = publicRead(
  'sitemap',
  () => [cacheTags.roleList, cacheTags.articleList],
  async (reader: ContentReader): Promise<SitemapEntry[]> => {
    const [roles, articles] = await Promise.all([
      publicFind(reader, {
        collection: 'roles',
        select: { slug: true, updatedAt: true },
        pagination: false,
        depth: 0,
        sort: 'title',
      }),
      publicFind(reader, {
        collection: 'articles',
        select: { slug: true, kind: true, updatedAt: true },
        pagination: false,
        depth: 0,
        sort: '-publishedAt',
      }),
    ])
    return [...entriesOf('roles', roles.docs), ...entriesOf('articles', articles.docs)]
  },
)
