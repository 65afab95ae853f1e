import { relationId } from '@/lib/platform/ids'
import { noteKey } from '@/lib/readers/keys'
import { NOTE_MAX_LENGTH, SAVEABLE_COLLECTIONS } from '@/lib/readers/vocabulary'

import { readerDataAccess } from '../access/readerData'
import { readerRecords } from './readerRecords'

/** A reader's private note on a page, or on one stage of a career's roadmap. Only its author reads it. */
export const ReaderNotes = readerRecords({
  slug: 'reader-notes',
  labels: { singular: 'Reader note', plural: 'Reader notes' },
  columns: ['page', 'stage'],
  access: { ...readerDataAccess, read: () => false },
  fields: [
    { name: 'page', type: 'relationship', relationTo: [...SAVEABLE_COLLECTIONS], required: true },
    {
      name: 'stage',
      type: 'text',
      admin: {
        description: 'The roadmap stage the note is on; empty for a note on the whole page.',
      },
    },
    { name: 'text', type: 'textarea', required: true, maxLength: NOTE_MAX_LENGTH },
  ],
  key: (data) => {
    const page = data.page as { relationTo?: string; value?: unknown } | undefined
    return noteKey(
      relationId(data.reader),
      page?.relationTo,
      relationId(page?.value),
      typeof data.stage === 'string' ? data.stage : null,
    )
  },
})
