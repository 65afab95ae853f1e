import { holdsJobLease, releaseJobLease } from './leader'
import { jobRunnerToken } from './token'

const INTERVAL_MS = 2_000
/** Another instance takes over the runner this long after the holder stops renewing. */
const LEASE_MS = 10_000
/** A run that has not answered by then is given up on (the job itself carries on, on the server). */
const RUN_TIMEOUT_MS = 60_000

/** The path the runner calls; next.config.ts keeps these requests out of the dev server's log. */
export const JOB_RUN_PATH = '/api/payload-jobs/run'

/**
 * The address this server listens on, or undefined until it is up. Next keeps it only in a private
 * variable (`__NEXT_PRIVATE_ORIGIN`, set by `next start` and `next dev`); there is no public API for
 * it, so it is read here and nowhere else.
 */
function ownOrigin(): string | undefined {
  return process.env.__NEXT_PRIVATE_ORIGIN
}

/**
 * Runs due jobs every two seconds, inside the server, so scheduled publishing needs no external cron.
 * It calls the server's own `/api/payload-jobs/run` rather than Payload's in-process timer because a
 * job must run inside a request for Next's revalidateTag to work: a publish from a bare timer would
 * leave every cached page stale. Each tick waits for the previous one; with several servers, only
 * the holder of the runner's lease in Redis polls (./leader.ts).
 */
export function startJobRunner(): void {
  if (process.env.PAYLOAD_JOBS_AUTORUN === 'false') return
  let running = false
  let lastError = ''
  const report = (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error)
    if (message !== lastError) console.error(message)
    lastError = message
  }
  const timer = setInterval(async () => {
    // The lease is renewed on every tick, even while a long run is still going.
    const leader = await holdsJobLease(LEASE_MS).catch((error) => (report(error), false))
    if (running || !leader) return
    const origin = ownOrigin()
    if (!origin) return
    running = true
    try {
      const response = await fetch(`${origin}${JOB_RUN_PATH}?queue=default&limit=20`, {
        headers: { authorization: `Bearer ${jobRunnerToken()}` },
        signal: AbortSignal.timeout(RUN_TIMEOUT_MS),
      })
      if (!response.ok) throw new Error(`job runner: ${response.status} ${await response.text()}`)
      lastError = ''
    } catch (error) {
      report(error)
    } finally {
      running = false
    }
  }, INTERVAL_MS)
  timer.unref()
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      clearInterval(timer)
      void releaseJobLease()
    })
  }
}
