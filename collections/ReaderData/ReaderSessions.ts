import type { CollectionConfig } from 'payload'

import { internalOnlyAccess } from '../access/readerData'
import { readerField } from '../fields/readerFields'

/** A signed-in reader's session. The cookie holds the token; only its SHA-256 hash is stored. */
export const ReaderSessions: CollectionConfig = {
  slug: 'reader-sessions',
  admin: { group: 'Readers', hidden: true },
  access: internalOnlyAccess,
  graphQL: false,
  fields: [
    readerField(),
    { name: 'tokenHash', type: 'text', required: true, unique: true, index: true },
    { name: 'expires', type: 'date', required: true },
  ],
}
