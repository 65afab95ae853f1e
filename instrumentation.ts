/**
 * Runs once when the server starts. A production server missing its secrets stops here, at boot, with
 * a message naming the variable, instead of answering 500 to its first reader. Then, in order:
 * every request is stamped with the client's real address (lib/auth/clientAddress.ts) and answers
 * 503 rather than 500 while the database is unreachable (lib/server/unavailable.ts); a production
 * server starts with empty route caches (lib/cache/freshStart.ts); Payload starts, so migrations run
 * before the first request; the database is watched for outages and recovery; and the job runner
 * starts (scheduled publishing).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { assertProductionSecrets } = await import('./lib/env')
  assertProductionSecrets()
  const { stampClientAddresses } = await import('./lib/auth/clientAddress')
  stampClientAddresses()
  const { answerUnavailableWhileDatabaseIsDown } = await import('./lib/server/unavailable')
  answerUnavailableWhileDatabaseIsDown()
  if (process.env.NODE_ENV === 'production') {
    const { emptyRouteCaches } = await import('./lib/cache/freshStart')
    emptyRouteCaches()
  }
  const { getPayloadClient } = await import('./lib/payload')
  const payload = await getPayloadClient()
  const { markDatabase, watchDatabase } = await import('./lib/server/databaseHealth')
  watchDatabase(() => payload.count({ collection: 'users', overrideAccess: true }))
  // A pooled Postgres connection the server closed must not end the process: note the outage.
  const pool = (payload.db as { pool?: { on(event: 'error', listener: () => void): void } }).pool
  pool?.on('error', () => markDatabase(false))
  const { startJobRunner } = await import('./payload/jobs/runner')
  startJobRunner()
}

/** A render that failed because the database is unreachable marks it down at once (503s follow). */
export async function onRequestError(error: unknown) {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { noteDatabaseOutage } = await import('./lib/server/databaseHealth')
  noteDatabaseOutage({ error })
}
