import { randomUUID } from 'node:crypto'

import { databaseKey } from '@/lib/platform/databaseKey.mjs'
import { sharedRedis } from '@/lib/platform/redis'

/** One runner per database: a Redis shared by staging and production runs one for each. */
const LEASE_KEY = `careerscope:jobs:runner:${databaseKey}`

/** This process, for the lease: one id per server process. */
const instanceId = randomUUID()

// Renew our own lease, or take a free one, in one step (a plain GET then SET could let two in).
const TAKE_OR_RENEW = `
if redis.call('get', KEYS[1]) == ARGV[1] then
  return redis.call('pexpire', KEYS[1], ARGV[2])
end
if redis.call('set', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 1 end
return 0`

/**
 * Whether this instance is the one that runs due jobs. Payload 3.90 claims a job by reading then
 * updating it, so two runners polling together can both claim the same job (payloadcms/payload#17441
 * fixes that in a later major); with several instances, a lease in Redis lets exactly one poll. It
 * lasts `leaseMs` and the holder renews it on every tick, so another instance takes over within that
 * time of the holder stopping. One instance (no REDIS_URL) always runs them. With REDIS_URL set but
 * Redis unreachable, nobody does: scheduled publishes wait for Redis rather than risk running twice.
 */
export async function holdsJobLease(leaseMs: number, key = LEASE_KEY): Promise<boolean> {
  if (!process.env.REDIS_URL) return true
  const redis = sharedRedis()
  if (!redis) return false
  const held = await redis.eval(TAKE_OR_RENEW, {
    keys: [key],
    arguments: [instanceId, String(leaseMs)],
  })
  return Number(held) === 1
}

// Give the lease back only if it is still ours.
const RELEASE = `
if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end
return 0`

/** On shutdown: another instance takes over at its next tick instead of when the lease runs out. */
export async function releaseJobLease(key = LEASE_KEY): Promise<void> {
  const redis = sharedRedis()
  if (!redis) return
  await redis.eval(RELEASE, { keys: [key], arguments: [instanceId] }).catch(() => {})
}
