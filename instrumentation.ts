/**
 * Runs once when the server starts. A production server missing its secrets stops here, at boot, with
 * a message naming the variable, instead of answering 500 to its first reader. Payload starts here
 * too, so migrations run before the first request; then the job runner starts (scheduled publishing).
 * Every request is stamped with the client's real address first (lib/auth/clientAddress.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { stampClientAddresses } = await import('./lib/auth/clientAddress')
  stampClientAddresses()
  const { assertProductionSecrets } = await import('./lib/env')
  assertProductionSecrets()
  const { getPayloadClient } = await import('./lib/payload')
  await getPayloadClient()
  const { startJobRunner } = await import('./payload/jobs/runner')
  startJobRunner()
}
