import { onSchedule, type ScheduledTask } from '../schedule'

/**
 * Every night, deletes reader sessions and magic-link tokens that have expired: next-auth never
 * looks at them again, and they are personal data we have no reason to keep.
 */
export const purgeExpiredSignIns: ScheduledTask<{ sessions: number; tokens: number }> = {
  slug: 'purgeExpiredSignIns',
  label: 'Purge expired reader sessions and sign-in links',
  schedule: onSchedule('0 30 3 * * *'),
  retries: 2,
  handler: async ({ req }) => {
    const expired = { expires: { less_than: new Date().toISOString() } }
    const sessions = await req.payload.delete({
      collection: 'reader-sessions',
      where: expired,
      overrideAccess: true,
      req,
    })
    const tokens = await req.payload.delete({
      collection: 'verification-tokens',
      where: expired,
      overrideAccess: true,
      req,
    })
    return { output: { sessions: sessions.docs.length, tokens: tokens.docs.length } }
  },
}
