import { timingSafeEqual } from 'node:crypto'

import { serverHmac } from '@/lib/platform/env'

/** The credential the server's own job runner presents; derived, so there is no extra secret to set. */
export const jobRunnerToken = (): string => serverHmac('careerscope:job-runner')

export function isJobRunnerRequest(authorization: string | null): boolean {
  const expected = Buffer.from(`Bearer ${jobRunnerToken()}`)
  const given = Buffer.from(authorization ?? '')
  return given.length === expected.length && timingSafeEqual(given, expected)
}
