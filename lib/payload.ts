import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/**
 * The one Payload instance of this process (Payload memoises it across hot reloads). `cron: true`
 * lets this server run due jobs (scheduled publish/unpublish) itself; lib/jobs.ts decides when.
 */
export function getPayloadClient(): Promise<Payload> {
  return getPayload({ config, cron: true })
}
