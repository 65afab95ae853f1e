import { readerRecords } from './readerRecords'

/** One-time magic-link tokens (next-auth hashes them before they get here), used once then deleted. */
export const VerificationTokens = readerRecords({
  slug: 'verification-tokens',
  ownerless: true,
  fields: [
    { name: 'identifier', type: 'text', required: true, index: true },
    { name: 'tokenHash', type: 'text', required: true, unique: true, index: true },
    { name: 'expires', type: 'date', required: true },
  ],
})
