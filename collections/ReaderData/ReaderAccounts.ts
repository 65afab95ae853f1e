import type { CollectionConfig } from 'payload'

import { accountKey } from '@/lib/readers/keys'

import { readerDataAccess } from '../access/readerData'
import { compositeKeyField, readerField } from '../fields/readerFields'

/**
 * A sign-in method linked to a reader (an OpenID Connect, GitHub or Google identity). Only the
 * identity is kept; the provider's access and refresh tokens are never stored, as nothing uses them.
 */
export const ReaderAccounts: CollectionConfig = {
  slug: 'reader-accounts',
  admin: { group: 'Readers', hidden: true },
  access: readerDataAccess,
  graphQL: false,
  fields: [
    readerField(),
    { name: 'type', type: 'text', required: true },
    { name: 'provider', type: 'text', required: true },
    { name: 'providerAccountId', type: 'text', required: true },
    compositeKeyField((data) =>
      accountKey(data.provider as string, data.providerAccountId as string),
    ),
  ],
}
