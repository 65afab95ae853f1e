import { createHmac, timingSafeEqual } from 'node:crypto'

import { PAYLOAD_SECRET_DEV_DEFAULT, requiredSecret } from '@/lib/env'

/** The credential the server's own job runner presents; derived, so there is no extra secret to set. */
export function jobRunnerToken(): string {
  return createHmac('sha256', requiredSecret('PAYLOAD_SECRET', PAYLOAD_SECRET_DEV_DEFAULT))
    .update('careerscope:job-runner')
    .digest('hex')
}

export function isJobRunnerRequest(authorization: string | null): boolean {
  const expected = Buffer.from(`Bearer ${jobRunnerToken()}`)
  const given = Buffer.from(authorization ?? '')
  return given.length === expected.length && timingSafeEqual(given, expected)
}
