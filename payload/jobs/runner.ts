import { jobRunnerToken } from './token'

const INTERVAL_MS = 2_000

/**
 * Runs due jobs every two seconds, inside the server, so scheduled publishing needs no external cron.
 * It calls the server's own `/api/payload-jobs/run` rather than Payload's in-process timer because a
 * job must run inside a request for Next's revalidateTag to work: a publish from a bare timer would
 * leave every cached page stale. Each tick waits for the previous one; several servers may run it,
 * as Payload claims each job once.
 */
export function startJobRunner(): void {
  if (process.env.PAYLOAD_JOBS_AUTORUN === 'false') return
  let running = false
  let lastError = ''
  const timer = setInterval(async () => {
    if (running) return
    running = true
    try {
      // Next records the address it listens on once the server is up; until then, skip the tick.
      const origin = process.env.__NEXT_PRIVATE_ORIGIN
      if (!origin) return
      const response = await fetch(`${origin}/api/payload-jobs/run?queue=default&limit=20`, {
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
