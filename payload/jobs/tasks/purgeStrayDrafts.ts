import type { TaskConfig } from 'payload'

import { strayDraftIds } from '@/lib/strayDrafts'

const AUTOSAVED = ['articles', 'roles'] as const

/**
 * Every hour, deletes the empty drafts that "Create New" leaves behind: with autosave on, opening
 * the form saves an untitled draft at once, and closing it without typing leaves it in the list.
 * Only drafts never published, with no title and never saved again after that first autosave,
 * and over an hour old — anything an editor typed into is kept.
 */
export const purgeStrayDrafts: TaskConfig<{
  input: Record<string, never>
  output: { deleted: number }
}> = {
  slug: 'purgeStrayDrafts',
  label: 'Delete untouched untitled drafts',
  schedule: [{ cron: '0 15 * * * *', queue: 'default' }],
  retries: 2,
  handler: async ({ req }) => {
    let deleted = 0
    for (const collection of AUTOSAVED) {
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
        select: { title: true, createdAt: true, updatedAt: true },
        pagination: false,
        depth: 0,
        overrideAccess: true,
        req,
      })
      const ids = strayDraftIds(docs, new Date())
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
