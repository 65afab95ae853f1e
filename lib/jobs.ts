import type { Config } from 'payload'

import { canPublish } from '@/collections/access/staffRoles'

/**
 * Scheduled publish and unpublish run inside the server itself (no external cron): every few seconds
 * the server picks up due jobs. Not during `next build`, tests or one-off scripts, which would
 * otherwise start a timer that keeps them alive. The HTTP endpoint that runs jobs is staff-only.
 */
export const jobsConfig: Config['jobs'] = {
  access: { run: ({ req }) => canPublish(req) },
  autoRun: [{ cron: '*/2 * * * * *', queue: 'default', limit: 20 }],
  shouldAutoRun: () =>
    process.env.NEXT_PHASE !== 'phase-production-build' && !process.env.VITEST && process.env.PAYLOAD_JOBS_AUTORUN !== 'false',
  tasks: [],
}
