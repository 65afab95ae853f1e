/**
 * Payload's Local API for an operator's script, on the database named by DATABASE_URI (or the
 * default SQLite file). Without NODE_ENV it behaves as production, the same as `npm start`: it
 * applies the committed migrations and uses data/careerscope.db.
 */
import nextEnv from '@next/env'

export async function localPayload() {
  const env = process.env as Record<string, string | undefined>
  env.NODE_ENV ??= 'production'
  // The same .env files Next reads, so the script and the server agree on the database.
  nextEnv.loadEnvConfig(process.cwd(), env.NODE_ENV === 'development')
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  return getPayload({ config })
}
