import type { TaskConfig } from 'payload'

import { canSendMail } from '@/lib/mail/send'
import { type DigestRun, sendWeeklyDigests } from '@/lib/readers/weeklyDigest'

/** Mondays 08:00 in India (02:30 UTC); READER_DIGEST_CRON (six fields, seconds first) changes it. */
const DEFAULT_CRON = '0 30 2 * * 1'

/**
 * The weekly email of changes to readers' saved pages (lib/readers/weeklyDigest.ts). Runs on the
 * one instance holding the job lease; each reader's week is claimed before sending, so a second run
 * in the same week — by schedule, retry or hand — sends them nothing more.
 */
export const sendReaderDigests: TaskConfig<{
  input: Record<string, never>
  output: DigestRun & { skipped: string | null }
}> = {
  slug: 'sendReaderDigests',
  label: 'Email readers the weekly digest of changes to their saved pages',
  schedule: [{ cron: process.env.READER_DIGEST_CRON || DEFAULT_CRON, queue: 'default' }],
  retries: 1,
  handler: async ({ req }) => {
    if (!canSendMail())
      return {
        output: { week: '', due: 0, sent: 0, failed: 0, skipped: 'EMAIL_SERVER is not set' },
      }
    const run = await sendWeeklyDigests(req.payload)
    if (run.due) req.payload.logger.info(run, 'weekly digest')
    return { output: { ...run, skipped: null } }
  },
}
