import type { Where } from 'payload'

import { formatDateTimeIn } from '@/lib/dates'
import type { ReviewState } from '@/lib/editorial/review'
import { adminDocPath } from '@/lib/paths'
import { relationId } from '@/lib/platform/ids'
import { isPublisherUser } from '@/lib/staff'

import { DRAFTED } from '../publishing'
import {
  COLLECTION_LABELS,
  type DeskItem,
  type DeskViewer,
  newestFirst,
  staffNames,
  untitled,
} from './types'

const LIMIT = 50

/** Writers see the drafts they asked about or last edited; editors and admins see everyone's. */
export function ownDraftsOnly({ user }: Pick<DeskViewer, 'user'>): Where | null {
  if (isPublisherUser(user)) return null
  return {
    or: [{ 'review.requestedBy': { equals: user.id } }, { lastEditedBy: { equals: user.id } }],
  }
}

type Reviewed = {
  id: number | string
  title?: string | null
  review?: {
    requestedBy?: unknown
    requestedAt?: string | null
    comment?: string | null
    commentedBy?: unknown
    commentedAt?: string | null
  } | null
}

/**
 * Latest drafts in one review state across articles, careers and salary tables, read through the
 * viewer's own access. "ready" is the editors' queue; "changes" is what went back to writers.
 */
export async function inReviewState(viewer: DeskViewer, state: ReviewState): Promise<DeskItem[]> {
  const { payload, user } = viewer
  const own = ownDraftsOnly(viewer)
  const found = await Promise.all(
    DRAFTED.map(async (collection) => {
      const { docs } = await payload.find({
        collection,
        draft: true,
        where: { and: [{ 'review.state': { equals: state } }, ...(own ? [own] : [])] },
        select: { title: true, review: true },
        sort: state === 'ready' ? '-review.requestedAt' : '-review.commentedAt',
        limit: LIMIT,
        depth: 0,
        overrideAccess: false,
        user,
      })
      return (docs as Reviewed[]).map((doc) => ({ collection, doc }))
    }),
  )
  const rows = found.flat()
  const names = await staffNames(
    payload,
    rows.flatMap(({ doc }) => [
      relationId(doc.review?.requestedBy),
      relationId(doc.review?.commentedBy),
    ]),
  )
  const zone = user.timeZone
  return rows
    .map(({ collection, doc }): DeskItem => {
      const review = doc.review ?? {}
      const asker = names.get(relationId(review.requestedBy) ?? '')
      const asked = asker ? `asked by ${asker}` : 'asked'
      const commenter = names.get(relationId(review.commentedBy) ?? '') ?? 'an editor'
      const detail =
        state === 'ready'
          ? `${COLLECTION_LABELS[collection]} · ${asked}, ${formatDateTimeIn(review.requestedAt, zone)}`
          : `${COLLECTION_LABELS[collection]} · ${commenter}: “${review.comment ?? ''}”`
      return {
        collection,
        id: doc.id,
        title: untitled(doc.title),
        href: adminDocPath(collection, doc.id),
        detail,
        at: (state === 'ready' ? review.requestedAt : review.commentedAt) ?? null,
      }
    })
    .sort(newestFirst)
}
