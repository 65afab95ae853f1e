/**
 * Runs once when the server starts. A production server missing its secrets stops here, at boot, with
 * a message naming the variable, instead of answering 500 to its first reader. Then, in order:
 * every request is stamped with the client's real address (lib/platform/clientAddress.ts) and answers
 * 503 rather than 500 while the database is unreachable (lib/platform/server/unavailable.ts); a production
 * server starts with empty route caches (lib/platform/cache/freshStart.ts) and asks its front cache to
 * drop other builds' pages (lib/platform/front/purge.mjs); Payload starts, so migrations run
 * before the first request; the database is watched for outages and recovery; and the job runner
 * starts (scheduled publishing).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { assertProductionSecrets } = await import('./lib/platform/env')
  assertProductionSecrets()
  const { stampClientAddresses } = await import('./lib/platform/clientAddress')
  stampClientAddresses()
  const { answerUnavailableWhileDatabaseIsDown } = await import('./lib/platform/server/unavailable')
  answerUnavailableWhileDatabaseIsDown()
  if (process.env.NODE_ENV === 'production') {
    const { emptyRouteCaches } = await import('./lib/platform/cache/freshStart')
    emptyRouteCaches()
    // A front configured so that it cannot work stops the server here; a working one drops the
    // pages earlier builds rendered (in the background: a front that is down delays nothing).
    const [{ currentFrontConfig, dropOtherBuilds }, { buildIdIn }] = await Promise.all([
      import('./lib/platform/front/purge.mjs'),
      import('./lib/platform/buildId.mjs'),
    ])
    if (currentFrontConfig()) void dropOtherBuilds(buildIdIn(process.env.NEXT_DIST_DIR || '.next'))
  }
  // The one Payload of this process, handed to lib/ (which never imports the config: lib/platform/payload.ts).
  const [{ default: config }, { getPayload }, { providePayload }] = await Promise.all([
    import('./payload.config'),
    import('payload'),
    import('./lib/platform/payload'),
  ])
  providePayload(() => getPayload({ config }))
  const payload = await getPayload({ config })
  const { markDatabase, watchDatabase } = await import('./lib/platform/server/databaseHealth')
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
  const { noteDatabaseOutage } = await import('./lib/platform/server/databaseHealth')
  noteDatabaseOutage({ error })
}
