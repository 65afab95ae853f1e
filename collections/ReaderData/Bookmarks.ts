import { relationId } from '@/lib/platform/ids'
import { saveKey } from '@/lib/readers/keys'

import { readerRecords } from './readerRecords'
import { targetFields, targetKeyParts } from './targetFields'

/** A page a reader saved: a career profile, an article or a generated comparison. */
export const Bookmarks = readerRecords({
  slug: 'bookmarks',
  labels: { singular: 'Saved page', plural: 'Saved pages' },
  columns: ['page', 'pair', 'createdAt'],
  fields: [
    ...targetFields(),
    // What the page said when the reader last opened it: /account and the digest compare with it.
    { name: 'seenAt', type: 'date', admin: { readOnly: true } },
    { name: 'seenFacts', type: 'json', admin: { readOnly: true } },
    // What the last digest email reported, until the reader opens the page: no change is emailed twice.
    { name: 'digestedFacts', type: 'json', admin: { readOnly: true } },
  ],
  key: (data) => saveKey(relationId(data.reader), ...targetKeyParts(data)),
})
