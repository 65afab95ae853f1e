import type { Payload } from 'payload'

import { backfillReportVersions } from '@/lib/salaries/reports/backfill'

import { seedDemoContentOnInit } from './seed/seedOnInit'

/**
 * What Payload runs each time it starts: older salary reports get what the privacy rules need
 * (a no-op once done), then a development database is seeded if it is empty.
 */
export async function onInit(payload: Payload): Promise<void> {
  const backfilled = await backfillReportVersions(payload)
  if (backfilled) payload.logger.info(`Gave ${backfilled} older salary report(s) a version key`)
  await seedDemoContentOnInit(payload)
}
