import { relationId } from '@/lib/platform/ids'
import { digestKey } from '@/lib/readers/keys'

import { readerRecords } from './readerRecords'

/**
 * One weekly digest email sent to a reader. Its unique key (reader and ISO week) is the claim the
 * digest job takes before sending (lib/readers/weeklyDigest.ts): two runs, retries or instances can
 * never both mail a reader in the same week, on any database.
 */
export const ReaderDigests = readerRecords({
  slug: 'reader-digests',
  labels: { singular: 'Digest email', plural: 'Digest emails' },
  columns: ['week', 'pages', 'createdAt'],
  fields: [
    { name: 'week', type: 'text', required: true, index: true, admin: { readOnly: true } },
    {
      name: 'pages',
      type: 'number',
      admin: { readOnly: true, description: 'How many changed pages the email listed.' },
    },
  ],
  key: (data) =>
    digestKey(relationId(data.reader), typeof data.week === 'string' ? data.week : null),
})
