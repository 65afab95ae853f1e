import type { CollectionBeforeChangeHook } from 'payload'
import { extractID } from 'payload/shared'

import { publicError } from '../../errors'
import { writeIntentOf } from '../../publishing/writeIntent'

/**
 * A published comparison must compare two published careers: its page is hidden otherwise, while
 * REST, GraphQL, search and the sitemap would still list it. Checked against the careers' live rows
 * whenever a comparison goes live (publishing, a scheduled publish, a restore).
 */
export const requirePublishedCareers: CollectionBeforeChangeHook = async ({ data, req }) => {
  if (data.kind !== 'comparison' || data._status !== 'published') return data
  if (!writeIntentOf(req, 'articles').writesLiveRow) return data
  const ids = ((data.comparedRoles ?? []) as unknown[]).map((role) =>
    extractID(role as number | string | { id: number | string }),
  )
  if (ids.length === 0) return data
  // Without `draft`, find reads the live rows: their status is what readers see.
  const { docs } = await req.payload.find({
    collection: 'roles',
    where: { id: { in: ids } },
    select: { title: true, _status: true },
    depth: 0,
    pagination: false,
    req,
  })
  const found = new Map(docs.map((role) => [String(role.id), role]))
  // A career that does not exist is named by its id (the database may not refuse it: MongoDB has no
  // foreign keys).
  const unpublished = ids
    .map((id) => found.get(String(id)))
    .map((role, i) =>
      role?._status === 'published'
        ? null
        : role
          ? `"${role.title}"`
          : `#${ids[i]} (no such career)`,
    )
    .filter((name): name is string => name !== null)
  if (unpublished.length > 0) {
    throw publicError(
      `Publish the careers this comparison compares first: ${unpublished.join(' and ')} ${unpublished.length > 1 ? 'are' : 'is'} not published.`,
      400,
    )
  }
  return data
}
