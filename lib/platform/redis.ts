import { createClient } from '@redis/client'

import { redisClientOptions } from './redisOptions.mjs'

function createRedis(url: string) {
  return createClient(redisClientOptions(url))
}

export type RedisClient = ReturnType<typeof createRedis>

let client: RedisClient | null = null
let clientUrl: string | undefined

/**
 * The Redis every instance shares (REDIS_URL), or null when none is configured or it is down right
 * now: callers then fall back to what one process can do alone. Commands fail at once while Redis is
 * unreachable (no offline queue, so a request never waits on it) and the client reconnects by itself.
 */
export function sharedRedis(): RedisClient | null {
  const url = process.env.REDIS_URL || undefined
  if (url !== clientUrl) {
    void client?.close().catch(() => {})
    clientUrl = url
    client = connect(url)
  }
  return client?.isReady ? client : null
}

function connect(url: string | undefined): RedisClient | null {
  if (!url) return null
  const redis = createRedis(url)
  let down = false
  redis.on('error', (error: Error) => {
    if (!down) console.error(`[redis] ${url.replace(/\/\/[^@]*@/, '//')}: ${error.message}`)
    down = true
  })
  redis.on('ready', () => {
    if (down) console.info('[redis] connected again')
    down = false
  })
  redis.connect().catch(() => {
    // Reported by the error handler; the reconnect strategy keeps trying.
  })
  return redis
}
