import { serverHmac } from './secrets.mjs'

/**
 * A short name for the database this server uses. Cache entries outlive a request and Redis may
 * serve several environments, so cached content and shared locks are keyed by it too: pointing the
 * same build at another database must never serve the first one's content. A keyed hash, because
 * DATABASE_URI holds the database's password and Redis key names are readable by anyone who can
 * list keys.
 */
export const databaseKey = serverHmac(
  `database:${process.env.DATABASE_URI ?? 'default-sqlite'}`,
).slice(0, 16)
