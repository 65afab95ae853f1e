import type { TaskConfig } from 'payload'

/** Payload does not export the hook's type by name; it is the one its task schedules take. */
type BeforeScheduleFn = NonNullable<
  NonNullable<NonNullable<TaskConfig['schedule']>[number]['hooks']>['beforeSchedule']
>

/** A job still marked processing this long after its last update died with its server. */
const STUCK_AFTER_MS = 30 * 60_000

/**
 * Payload's default check before queuing a scheduled job — none of this task already waiting or
 * running — except that a job left "processing" by a server that stopped mid-run no longer counts:
 * by default it would hold the schedule back for ever.
 */
export const unlessAlreadyQueued: BeforeScheduleFn = async ({ queueable, req }) => {
  const stuckBefore = new Date(Date.now() - STUCK_AFTER_MS).toISOString()
  const { totalDocs } = await req.payload.db.count({
    collection: 'payload-jobs',
    req,
    where: {
      and: [
        { queue: { equals: queueable.scheduleConfig.queue } },
        { taskSlug: { equals: queueable.taskConfig?.slug } },
        { 'meta.scheduled': { equals: true } },
        { completedAt: { exists: false } },
        { error: { exists: false } },
        { or: [{ processing: { equals: false } }, { updatedAt: { greater_than: stuckBefore } }] },
      ],
    },
  })
  return { input: {}, shouldSchedule: totalDocs === 0, waitUntil: queueable.waitUntil }
}

/** A task's schedule: its cron on the default queue, never queued twice (unlessAlreadyQueued). */
export const onSchedule = (cron: string): NonNullable<TaskConfig['schedule']> => [
  { cron, queue: 'default', hooks: { beforeSchedule: unlessAlreadyQueued } },
]

/** A task that runs on a schedule: it takes no input, and says what it did. */
export type ScheduledTask<Output extends Record<string, unknown>> = TaskConfig<{
  input: Record<string, never>
  output: Output
}>
