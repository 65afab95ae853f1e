import { RateLimiter } from '../../platform/rateLimit'

const DAY = 24 * 60 * 60_000

/**
 * Reports (new or edited) per reader and per network address a day. Counted in Redis when REDIS_URL
 * is set, so every instance enforces the same cap; in memory otherwise.
 */
export const reportLimits = {
  perReader: new RateLimiter('salary-report:reader', 10, DAY),
  perAddress: new RateLimiter('salary-report:address', 30, DAY),
}
