import { relationId } from '@/lib/platform/ids'
import { noteKey } from '@/lib/readers/keys'
import { NOTE_MAX_LENGTH } from '@/lib/readers/vocabulary'

import { readerDataAccess } from '../access/readerData'
import { readerRecords } from './readerRecords'
import { targetFields, targetKeyParts } from './targetFields'

/** A reader's private note on a page, or on one stage of a career's roadmap. Only its author reads it. */
export const ReaderNotes = readerRecords({
  slug: 'reader-notes',
  labels: { singular: 'Reader note', plural: 'Reader notes' },
  columns: ['page', 'pair', 'stage'],
  access: { ...readerDataAccess, read: () => false },
  fields: [
    ...targetFields(),
    {
      name: 'stage',
      type: 'text',
      admin: {
        description: 'The roadmap stage the note is on; empty for a note on the whole page.',
      },
    },
    { name: 'text', type: 'textarea', required: true, maxLength: NOTE_MAX_LENGTH },
  ],
  key: (data) =>
    noteKey(
      relationId(data.reader),
      ...targetKeyParts(data),
      typeof data.stage === 'string' ? data.stage : null,
    ),
})
