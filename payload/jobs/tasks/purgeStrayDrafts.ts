import { strayDraftIds } from '@/lib/editorial/strayDrafts'

import { onSchedule, type ScheduledTask } from '../schedule'

/** The autosaved collections, and the fields a writer types into first. */
const CONTENT = {
  articles: ['distinction', 'body'],
  roles: ['summary', 'overview'],
} as const

/**
 * Every hour, deletes the empty drafts that "Create New" leaves behind: with autosave on, opening
 * the form saves an untitled draft at once, and closing it without typing leaves it in the list.
 * Only drafts never published, with no title and no text, never saved again after that first
 * autosave, and over an hour old — anything an editor typed into is kept.
 */
export const purgeStrayDrafts: ScheduledTask<{ deleted: number }> = {
  slug: 'purgeStrayDrafts',
  label: 'Delete untouched untitled drafts',
  schedule: onSchedule('0 15 * * * *'),
  retries: 2,
  handler: async ({ req }) => {
    let deleted = 0
    for (const collection of ['articles', 'roles'] as const) {
      const fields = CONTENT[collection]
      const { docs } = await req.payload.find({
        collection,
        draft: true,
        where: {
          and: [
            { _status: { equals: 'draft' } },
            { firstPublishedAt: { exists: false } },
            { or: [{ title: { exists: false } }, { title: { equals: '' } }] },
          ],
        },
        select: {
          title: true,
          createdAt: true,
          updatedAt: true,
          ...Object.fromEntries(fields.map((field) => [field, true])),
        },
        pagination: false,
        depth: 0,
        overrideAccess: true,
        req,
      })
      const candidates = docs.map((doc) => ({
        ...doc,
        content: fields.map((field) => (doc as Record<string, unknown>)[field]),
      }))
      const ids = strayDraftIds(candidates, new Date())
      if (ids.length === 0) continue
      const result = await req.payload.delete({
        collection,
        where: { id: { in: ids } },
        overrideAccess: true,
        req,
      })
      deleted += result.docs.length
    }
    return { output: { deleted } }
  },
}
