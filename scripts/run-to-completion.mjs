/**
 * Runs a Node script and retries it when it quits before finishing. On Node 20, tsx's loader (used
 * by the Payload CLI and by our seed) sometimes never settles: the process then exits 0 having done
 * nothing (payloadcms/payload#17757) or 13 ("unsettled top-level await"). A preload sets exitCode 75;
 * a real finish calls process.exit() with its own code. So 75 and 13 mean "try again".
 */
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const RETRY_ON = new Set([75, 13])
const ATTEMPTS = 10
const guard = fileURLToPath(new URL('./exit-guard.cjs', import.meta.url))

export function runToCompletion(label, args, env = process.env) {
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const result = spawnSync(process.execPath, ['--no-deprecation', '--require', guard, ...args], {
      stdio: 'inherit',
      env,
    })
    if (!RETRY_ON.has(result.status ?? 1)) return result.status ?? 1
    console.error(
      `${label}: quit before finishing (exit ${result.status}, attempt ${attempt}/${ATTEMPTS}), retrying…`,
    )
  }
  console.error(`${label}: gave up after ${ATTEMPTS} attempts.`)
  return 1
}
