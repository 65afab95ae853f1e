import { readerRecords } from './readerRecords'

/** A signed-in reader's session. The cookie holds the token; only its SHA-256 hash is stored. */
export const ReaderSessions = readerRecords({
  slug: 'reader-sessions',
  fields: [
    { name: 'tokenHash', type: 'text', required: true, unique: true, index: true },
    { name: 'expires', type: 'date', required: true },
  ],
})
