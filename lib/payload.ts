import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/** The one Payload instance of this process (Payload memoises it across hot reloads). */
export function getPayloadClient(): Promise<Payload> {
  return getPayload({ config })
}
