import type { CollectionConfig } from 'payload'

import { relationId } from '@/lib/platform/ids'
import { noteKey } from '@/lib/readers/keys'
import { NOTE_MAX_LENGTH, SAVEABLE_COLLECTIONS } from '@/lib/readers/vocabulary'

import { hiddenUnlessAdmin, readerDataAccess } from '../access/readerData'
import { compositeKeyField, readerField } from '../fields/readerFields'

/** A reader's private note on a page, or on one stage of a career's roadmap. Only its author reads it. */
export const ReaderNotes: CollectionConfig = {
  slug: 'reader-notes',
  labels: { singular: 'Reader note', plural: 'Reader notes' },
  admin: {
    group: 'Readers',
    hidden: hiddenUnlessAdmin,
    defaultColumns: ['reader', 'page', 'stage'],
  },
  // Private to their author: not even admins read them through Payload; admins may delete them.
  access: { ...readerDataAccess, read: () => false },
  graphQL: false,
  fields: [
    readerField(),
    { name: 'page', type: 'relationship', relationTo: [...SAVEABLE_COLLECTIONS], required: true },
    {
      name: 'stage',
      type: 'text',
      admin: {
        description: 'The roadmap stage the note is on; empty for a note on the whole page.',
      },
    },
    { name: 'text', type: 'textarea', required: true, maxLength: NOTE_MAX_LENGTH },
    compositeKeyField((data) => {
      const page = data.page as { relationTo?: string; value?: unknown } | undefined
      return noteKey(
        relationId(data.reader),
        page?.relationTo,
        relationId(page?.value),
        typeof data.stage === 'string' ? data.stage : null,
      )
    }),
  ],
}
