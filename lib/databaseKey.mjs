import { createHash } from 'node:crypto'

/**
 * A short name for the database this server uses. Cache entries outlive a request and Redis may
 * serve several environments, so cached content and shared locks are keyed by it too: pointing the
 * same build at another database must never serve the first one's content.
 */
export const databaseKey = createHash('sha256')
  .update(process.env.DATABASE_URI ?? 'default-sqlite')
  .digest('hex')
  .slice(0, 12)
