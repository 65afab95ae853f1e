import { canSendMail } from '@/lib/platform/mail'
import { type DigestRun, sendWeeklyDigests } from '@/lib/readers/weeklyDigest'

import { onSchedule, type ScheduledTask } from '../schedule'

/** Mondays 08:00 in India (02:30 UTC); READER_DIGEST_CRON (six fields, seconds first) changes it. */
const DEFAULT_CRON = '0 30 2 * * 1'

/**
 * The weekly email of changes to readers' saved pages (lib/readers/weeklyDigest.ts). Runs on the
 * one instance holding the job lease; each reader's week is claimed before sending (a unique key),
 * so a second run in the same week — by schedule, retry or hand, even at the same time — sends them
 * nothing more. Failed deliveries fail the job once the others are sent, so Payload's retry sends them.
 */
export const sendReaderDigests: ScheduledTask<DigestRun & { skipped: string | null }> = {
  slug: 'sendReaderDigests',
  label: 'Email readers the weekly digest of changes to their saved pages',
  schedule: onSchedule(process.env.READER_DIGEST_CRON || DEFAULT_CRON),
  retries: 1,
  handler: async ({ req }) => {
    const missing = !canSendMail()
      ? 'EMAIL_SERVER is not set'
      : process.env.NODE_ENV === 'production' && !process.env.NEXT_PUBLIC_SERVER_URL
        ? 'NEXT_PUBLIC_SERVER_URL is not set: the links in the email would not reach the site'
        : null
    if (missing)
      return { output: { week: '', due: 0, sent: 0, failed: 0, refused: 0, skipped: missing } }
    const run = await sendWeeklyDigests(req.payload)
    if (run.due) req.payload.logger.info(run, 'weekly digest')
    if (run.failed) throw new Error(`${run.failed} weekly digest emails were not delivered.`)
    return { output: { ...run, skipped: null } }
  },
}
