import { schedulePublishHandler } from '@payloadcms/ui/utilities/schedulePublishHandler'

import { SCHEDULE_REFUSAL } from '@/lib/editorial/publishing'
import { isPublisherUser } from '@/lib/staff'

/**
 * The admin's "Schedule publish" server function (it also cancels schedules), for editors and admins
 * only. Payload's own checks only that the user may open the admin, then queues a job that will
 * publish as them — so a writer could schedule a publish, or cancel an editor's. A writer's job that
 * reached the queue another way still publishes nothing: the job runs as its scheduler, through the
 * same publishing guard as every other write.
 */
export const schedulePublishForEditors: typeof schedulePublishHandler = async (args) => {
  if (!isPublisherUser(args.req.user)) return { error: SCHEDULE_REFUSAL }
  return schedulePublishHandler(args)
}
