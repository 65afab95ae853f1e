import { holdsJobLease } from './leader'
import { jobRunnerToken } from './token'

const INTERVAL_MS = 2_000
/** Another instance takes over the runner this long after the holder stops renewing. */
const LEASE_MS = 10_000

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
  const timer = setInterval(async () => {
    if (running) return
    running = true
    try {
      const origin = ownOrigin()
      if (!origin || !(await holdsJobLease(LEASE_MS))) return
      const response = await fetch(`${origin}${JOB_RUN_PATH}?queue=default&limit=20`, {
        headers: { authorization: `Bearer ${jobRunnerToken()}` },
      })
      if (!response.ok) throw new Error(`job runner: ${response.status} ${await response.text()}`)
      lastError = ''
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      if (message !== lastError) console.error(message)
      lastError = message
    } finally {
      running = false
    }
  }, INTERVAL_MS)
  timer.unref()
}
