import type { CollectionConfig } from 'payload'

import { internalOnlyAccess } from '../access/readerData'

/** One-time magic-link tokens (next-auth hashes them before they get here), used once then deleted. */
export const VerificationTokens: CollectionConfig = {
  slug: 'verification-tokens',
  admin: { group: 'Readers', hidden: true },
  access: internalOnlyAccess,
  graphQL: false,
  fields: [
    { name: 'identifier', type: 'text', required: true, index: true },
    { name: 'tokenHash', type: 'text', required: true, unique: true, index: true },
    { name: 'expires', type: 'date', required: true },
  ],
}
