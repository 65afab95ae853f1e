import type { Payload } from 'payload'

import type { User } from '@/payload-types'

import type { Drafted } from '../publishing'

export const COLLECTION_LABELS: Record<Drafted, string> = {
  articles: 'Article',
  roles: 'Career profile',
  'salary-tables': 'Salary table',
}

/** One line on the desk: what, where to open it, and why it is listed. */
export type DeskItem = {
  collection: string
  id: number | string
  title: string
  /** The admin edit view. */
  href: string
  /** Why it is here, in a few words ("asked by Asha", "reviewed 14 months ago"). */
  detail: string
  /** The moment the list is sorted by, newest first (or soonest first for schedules). */
  at: string | null
}

/** Who is looking, and when: every desk list is computed for one member of staff. */
export type DeskViewer = { payload: Payload; user: User; now: Date }

export const untitled = (title: unknown) =>
  typeof title === 'string' && title.trim() ? title : 'Untitled draft'

export const newestFirst = (a: DeskItem, b: DeskItem) => (b.at ?? '').localeCompare(a.at ?? '')

/**
 * Display names for staff ids (or for all staff, given null); names only, read by the server,
 * never emails.
 */
export async function staffNames(
  payload: Payload,
  ids: Iterable<unknown> | null,
): Promise<Map<string, string>> {
  const wanted = ids === null ? null : [...new Set([...ids].filter((id) => id != null).map(String))]
  if (wanted?.length === 0) return new Map()
  const { docs } = await payload.find({
    collection: 'users',
    ...(wanted ? { where: { id: { in: wanted } } } : {}),
    select: { name: true },
    pagination: false,
    depth: 0,
  })
  return new Map(docs.map((doc) => [String(doc.id), doc.name]))
}
