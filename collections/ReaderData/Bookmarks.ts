import { relationId } from '@/lib/platform/ids'
import { saveKey } from '@/lib/readers/keys'
import { SAVEABLE_COLLECTIONS } from '@/lib/readers/vocabulary'

import { readerRecords } from './readerRecords'

/** A page a reader saved: a career profile or an article. */
export const Bookmarks = readerRecords({
  slug: 'bookmarks',
  labels: { singular: 'Saved page', plural: 'Saved pages' },
  columns: ['page', 'createdAt'],
  fields: [
    { name: 'page', type: 'relationship', relationTo: [...SAVEABLE_COLLECTIONS], required: true },
    // What the page said when the reader last opened it: /account and the digest compare with it.
    { name: 'seenAt', type: 'date', admin: { readOnly: true } },
    { name: 'seenFacts', type: 'json', admin: { readOnly: true } },
    // What the last digest email reported, until the reader opens the page: no change is emailed twice.
    { name: 'digestedFacts', type: 'json', admin: { readOnly: true } },
  ],
  key: (data) => {
    const page = data.page as { relationTo?: string; value?: unknown } | undefined
    return saveKey(relationId(data.reader), page?.relationTo, relationId(page?.value))
  },
})
