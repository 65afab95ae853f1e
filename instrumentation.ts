/**
 * Runs once when the server starts: a production server missing its secrets stops here, at boot,
 * with a message naming the variable, instead of answering 500 to its first reader.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { assertProductionSecrets } = await import('./lib/env')
  assertProductionSecrets()
}
