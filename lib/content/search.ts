import { normaliseSearchQuery } from '../search/query'
import { type ContentReader, publicFind } from './publicFind'
import { uncachedPublicRead } from './read'

export type SearchHit = {
  id: number | string
  title: string
  path: string
  kind: string
  summary: string
  skills: string
}

/** Published careers and articles whose title, summary or skills contain the query. */
export const searchSite = uncachedPublicRead(
  async (reader: ContentReader, query: string): Promise<SearchHit[]> => {
    const q = normaliseSearchQuery(query)
    if (!q) return []
    const { docs } = await publicFind(reader, {
      collection: 'search',
      where: { or: [{ title: { like: q } }, { summary: { like: q } }, { skills: { like: q } }] },
      sort: '-priority',
      limit: 50,
      depth: 0,
    })
    return docs.flatMap((d) =>
      d.path
        ? [
            {
              id: d.id,
              title: d.title ?? '',
              path: d.path,
              kind: d.kind ?? '',
              summary: d.summary ?? '',
              skills: d.skills ?? '',
            },
          ]
        : [],
    )
  },
)
