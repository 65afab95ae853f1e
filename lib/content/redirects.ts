import { publicPath, redirectTargetProblem } from '../paths'
import { cacheTags } from '../platform/revalidate'
import { type ContentReader, publicFind } from './publicFind'
import { publicRead } from './read'

/**
 * Every redirect, old path → where it now points, as one cached map: looking one up by path would
 * add a cache entry for every missing address anyone tries.
 */
const redirectMap = publicRead(
  'redirect-map',
  () => [cacheTags.redirects, cacheTags.roleList, cacheTags.articleList],
  async (reader: ContentReader): Promise<Record<string, string>> => {
    const { docs } = await publicFind(reader, {
      collection: 'redirects',
      depth: 1,
      pagination: false,
    })
    const map: Record<string, string> = {}
    for (const { from, to } of docs) {
      const target = to?.type === 'custom' ? to.url : referencePath(to?.reference)
      // Checked again here: a row saved before the rule existed must not send readers anywhere unsafe.
      if (from && target && !redirectTargetProblem(target)) map[from] = target
    }
    return map
  },
)

type Reference = { relationTo: string; value: unknown } | null | undefined

/** An unpopulated reference is a document the reader may not see (a draft): no redirect to it. */
function referencePath(reference: Reference): string | null {
  if (!reference || typeof reference.value !== 'object' || reference.value === null) return null
  return publicPath(reference.relationTo, reference.value as { slug?: string; kind?: string })
}

/** Where an old address now points, if an editor or a rename left a redirect; null otherwise. */
export const findRedirect = Object.assign(
  async (from: string) => (await redirectMap())[from] ?? null,
  {
    uncached: async (reader: ContentReader, from: string) =>
      (await redirectMap.uncached(reader))[from] ?? null,
  },
)
