import { notFound, permanentRedirect } from 'next/navigation'

import { publicPath, redirectTargetProblem } from '../paths'
import { type ContentReader, publicFind } from './publicFind'
import { uncachedPublicRead } from './read'

/** Where an old address now points, if an editor or a rename left a redirect; null otherwise. */
export const findRedirect = uncachedPublicRead(
  async (reader: ContentReader, from: string): Promise<string | null> => {
    const { docs } = await publicFind(reader, {
      collection: 'redirects',
      where: { from: { equals: from } },
      depth: 1,
      limit: 1,
    })
    const to = docs[0]?.to
    if (!to) return null
    // Checked again here: a row saved before the rule existed must not send readers anywhere unsafe.
    if (to.type === 'custom') return redirectTargetProblem(to.url) ? null : (to.url ?? null)
    const target = to.reference
    // An unpopulated reference is a document the reader may not see (a draft): no redirect to it.
    if (!target || typeof target.value !== 'object') return null
    return publicPath(target.relationTo, target.value)
  },
)

/** For a missing page: send the reader on (308) if the address was renamed, else a real 404. */
export async function redirectOrNotFound(path: string): Promise<never> {
  const target = await findRedirect(path)
  if (target && target !== path) permanentRedirect(target)
  notFound()
}
