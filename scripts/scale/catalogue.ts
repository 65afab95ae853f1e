/**
 * The synthetic catalogue's database (SCALE_DATABASE_URI, default data/scale.db), never the
 * development or production one, for the scripts that read it after `npm run scale:fill`. Call
 * before importing the Payload config.
 */
import { loadScriptEnv } from '../localApi'

export function openScaleCatalogue() {
  loadScriptEnv()
  const env = process.env as Record<string, string | undefined>
  env.DATABASE_URI = env.SCALE_DATABASE_URI || 'file:./data/scale.db'
  // Nothing the benchmarks read depends on the secret: a benchmark database only.
  env.PAYLOAD_SECRET ||= 'scale-benchmark-only-not-a-secret'
}
