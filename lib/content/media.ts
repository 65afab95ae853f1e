import type { Media } from '@/payload-types'

import { cacheTags } from '../platform/revalidate'
import { publicFind } from './publicFind'
import { publicRead } from './read'

/** One uploaded image by id (a career's chosen share image), or null when it is gone. */
export const findMediaById = publicRead(
  'media-by-id',
  () => [cacheTags.media],
  async (reader, id: number | string): Promise<Media | null> => {
    const { docs } = await publicFind(reader, {
      collection: 'media',
      where: { id: { equals: id } },
      depth: 0,
      limit: 1,
    })
    return docs[0] ?? null
  },
)
