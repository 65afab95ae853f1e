import { RateLimiter } from '../platform/rateLimit'

const MINUTE = 60_000

/**
 * Failed staff logins (Payload's /api/users/login, the admin's form and GraphQL alike), per client
 * address and per account, per 15 minutes. A successful login takes its attempt back, so only
 * failures count: a password cannot be guessed without limit, and staff who sign in often are never
 * held up. Counted in Redis when REDIS_URL is set, so every instance counts together.
 */
export const staffLoginLimits = {
  perAddress: new RateLimiter('staff-login:address', 20, 15 * MINUTE),
  perAccount: new RateLimiter('staff-login:account', 10, 15 * MINUTE),
}

/** One key per account however its email is typed. */
export const staffAccountKey = (email: unknown) =>
  typeof email === 'string' ? email.trim().toLowerCase() : ''
