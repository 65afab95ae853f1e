/**
 * How every Redis client of the site connects (lib/platform/redis.ts, the cache handler in lib/platform/cache): plain
 * JavaScript, as Next loads the cache handler at run time without compiling it.
 *
 * No offline queue, so a command fails at once while Redis is unreachable; a command timeout, so a
 * Redis that hangs (paused, partitioned) costs a request at most that long instead of forever; and
 * reconnection with backoff up to 5 s.
 */
export const REDIS_COMMAND_TIMEOUT_MS = 500

/** @param {string} url */
export function redisClientOptions(url) {
  return {
    url,
    disableOfflineQueue: true,
    commandOptions: { timeout: REDIS_COMMAND_TIMEOUT_MS },
    socket: {
      connectTimeout: 2_000,
      /** @param {number} retries */
      reconnectStrategy: (retries) => Math.min(200 * 2 ** retries, 5_000),
    },
  }
}
