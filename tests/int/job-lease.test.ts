import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

/**
 * With several instances, exactly one runs due jobs: the runner's lease in Redis
 * (payload/jobs/leader.ts). Each "instance" here is a fresh copy of the module, with its own id and
 * its own Redis connection, as two servers would have.
 */
const redisUrl = process.env.TEST_REDIS_URL
if (!redisUrl)
  console.warn('[vitest] job-lease tests skipped: TEST_REDIS_URL is not set (.ci/run sets it).')

type Leader = typeof import('@/payload/jobs/leader')

async function instance(): Promise<Leader> {
  vi.resetModules()
  const redis = await import('@/lib/platform/redis')
  for (let i = 0; i < 50 && !redis.sharedRedis(); i += 1)
    await new Promise((r) => setTimeout(r, 50))
  expect(redis.sharedRedis(), 'Redis did not connect').not.toBeNull()
  return import('@/payload/jobs/leader')
}

describe.runIf(redisUrl)('the job runner’s lease', () => {
  const key = `careerscope:test:jobs:${process.pid}:${Date.now()}`
  beforeAll(() => {
    process.env.REDIS_URL = redisUrl
  })
  afterAll(() => {
    delete process.env.REDIS_URL
  })

  it('lets one instance of two run jobs, renews it, and hands over when the holder stops', async () => {
    const a = await instance()
    const b = await instance()
    expect(await a.holdsJobLease(600, key)).toBe(true)
    expect(await b.holdsJobLease(600, key)).toBe(false)
    // The holder renews on every tick and keeps it.
    await new Promise((r) => setTimeout(r, 400))
    expect(await a.holdsJobLease(600, key)).toBe(true)
    await new Promise((r) => setTimeout(r, 400))
    expect(await b.holdsJobLease(600, key)).toBe(false)
    // A stops renewing (it was stopped): after the lease runs out, B takes over, and A does not get it back.
    await new Promise((r) => setTimeout(r, 700))
    expect(await b.holdsJobLease(600, key)).toBe(true)
    expect(await a.holdsJobLease(600, key)).toBe(false)
  })

  it('always runs jobs on a single instance (no REDIS_URL)', async () => {
    const single = await instance()
    delete process.env.REDIS_URL
    try {
      expect(await single.holdsJobLease(600, key)).toBe(true)
    } finally {
      process.env.REDIS_URL = redisUrl
    }
  })
})
