import type { Config } from 'payload'

import { isPublisher } from '@/collections/access/roles'

import { checkResources } from './tasks/checkResources'
import { publishReaderFigures } from './tasks/publishReaderFigures'
import { purgeExpiredSignIns } from './tasks/purgeExpiredSignIns'
import { purgeStrayDrafts } from './tasks/purgeStrayDrafts'
import { sendReaderDigests } from './tasks/sendReaderDigests'
import { isJobRunnerRequest } from './token'

/**
 * Jobs (scheduled publish and unpublish, housekeeping, the readers' weekly digest) are run by the server's own runner (./runner.ts) through
 * Payload's run endpoint, which is open only to that runner and to editors. Scheduling from the
 * admin is for editors (./schedulePublish.ts); a scheduled publish runs as the editor who set it.
 */
export const jobsConfig: Config['jobs'] = {
  access: {
    run: ({ req }) => isPublisher({ req }) || isJobRunnerRequest(req.headers.get('authorization')),
  },
  tasks: [
    purgeExpiredSignIns,
    purgeStrayDrafts,
    sendReaderDigests,
    publishReaderFigures,
    checkResources,
  ],
}
