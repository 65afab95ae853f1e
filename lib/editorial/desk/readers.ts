import { isAdminUser } from '@/lib/staff'

import type { DeskViewer } from './types'

export type ReaderCounts = { total: number; thisWeek: number }

const WEEK_MS = 7 * 24 * 60 * 60 * 1000

/** How many reader accounts exist and how many signed up in the last seven days; counts only. */
export async function readerCounts(viewer: DeskViewer): Promise<ReaderCounts | null> {
  // Reader numbers are the business's, not the newsroom's.
  if (!isAdminUser(viewer.user)) return null
  const { payload, user, now } = viewer
  const since = new Date(now.getTime() - WEEK_MS).toISOString()
  const [total, thisWeek] = await Promise.all([
    payload.count({ collection: 'readers', overrideAccess: false, user }),
    payload.count({
      collection: 'readers',
      where: { createdAt: { greater_than_equal: since } },
      overrideAccess: false,
      user,
    }),
  ])
  return { total: total.totalDocs, thisWeek: thisWeek.totalDocs }
}
