/**
 * Payload's Local API for an operator's script, on the database named by DATABASE_URI (or the
 * default SQLite file). Without NODE_ENV it behaves as production, the same as `npm start`: it
 * applies the committed migrations and uses data/careerscope.db.
 */
import nextEnv from '@next/env'

/** The same .env files Next reads, so the script and the server agree: call before reading env. */
export function loadScriptEnv() {
  const env = process.env as Record<string, string | undefined>
  env.NODE_ENV ??= 'production'
  nextEnv.loadEnvConfig(process.cwd(), env.NODE_ENV === 'development')
}

export async function localPayload() {
  loadScriptEnv()
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  return getPayload({ config })
}
