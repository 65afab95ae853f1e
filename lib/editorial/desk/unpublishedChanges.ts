import { formatDateTimeIn } from '@/lib/dates'
import { adminDocPath } from '@/lib/paths'
import { relationId } from '@/lib/platform/ids'

import { DRAFTED } from '../publishing'
import { ownDraftsOnly } from './reviews'
import {
  COLLECTION_LABELS,
  type DeskItem,
  type DeskViewer,
  newestFirst,
  staffNames,
  untitled,
} from './types'

const LIMIT = 50

type Draft = {
  id: number | string
  title?: string | null
  updatedAt: string
  lastEditedBy?: unknown
}

/**
 * Published pages with a newer draft waiting: the latest version is a draft while the live row
 * readers see is published. Two reads per collection, whatever the number of pages.
 */
export async function unpublishedChanges(viewer: DeskViewer): Promise<DeskItem[]> {
  const { payload, user } = viewer
  const own = ownDraftsOnly(viewer)
  const found = await Promise.all(
    DRAFTED.map(async (collection) => {
      const drafts = await payload.find({
        collection,
        draft: true,
        // Only documents that have been live: drafts never published cannot crowd them out.
        where: {
          and: [
            { _status: { equals: 'draft' } },
            { firstPublishedAt: { exists: true } },
            ...(own ? [own] : []),
          ],
        },
        select: { title: true, updatedAt: true, lastEditedBy: true },
        sort: '-updatedAt',
        limit: LIMIT * 4,
        depth: 0,
        overrideAccess: false,
        user,
      })
      if (drafts.docs.length === 0) return []
      const live = await payload.find({
        collection,
        where: {
          and: [
            { id: { in: drafts.docs.map((doc) => doc.id) } },
            { _status: { equals: 'published' } },
          ],
        },
        select: { _status: true },
        pagination: false,
        depth: 0,
        overrideAccess: false,
        user,
      })
      const published = new Set(live.docs.map((doc) => String(doc.id)))
      return (drafts.docs as Draft[])
        .filter((doc) => published.has(String(doc.id)))
        .map((doc) => ({ collection, doc }))
    }),
  )
  const rows = found.flat()
  const names = await staffNames(
    payload,
    rows.map(({ doc }) => relationId(doc.lastEditedBy)),
  )
  return rows
    .map(({ collection, doc }): DeskItem => ({
      collection,
      id: doc.id,
      title: untitled(doc.title),
      href: adminDocPath(collection, doc.id),
      detail: `${COLLECTION_LABELS[collection]} · draft saved ${formatDateTimeIn(doc.updatedAt, user.timeZone)}${
        names.get(relationId(doc.lastEditedBy) ?? '')
          ? ` by ${names.get(relationId(doc.lastEditedBy) ?? '')}`
          : ''
      }`,
      at: doc.updatedAt,
    }))
    .sort(newestFirst)
    .slice(0, LIMIT)
}
