import { accountKey } from '@/lib/readers/keys'

import { readerDataAccess } from '../access/readerData'
import { readerRecords } from './readerRecords'

/**
 * A sign-in method linked to a reader (an OpenID Connect, GitHub or Google identity). Only the
 * identity is kept; the provider's access and refresh tokens are never stored, as nothing uses them.
 */
export const ReaderAccounts = readerRecords({
  slug: 'reader-accounts',
  access: readerDataAccess,
  fields: [
    { name: 'type', type: 'text', required: true },
    { name: 'provider', type: 'text', required: true },
    { name: 'providerAccountId', type: 'text', required: true },
  ],
  key: (data) => accountKey(data.provider as string, data.providerAccountId as string),
})
