import { RateLimiter } from '../platform/rateLimit'

const MINUTE = 60_000

/** Sign-in attempts from one network address, and magic links to one inbox, per 15 minutes. */
export type SignInLimits = { perAddress: RateLimiter; perInbox: RateLimiter }

export function createSignInLimits(): SignInLimits {
  return {
    perAddress: new RateLimiter('sign-in:address', 30, 15 * MINUTE),
    perInbox: new RateLimiter('sign-in:inbox', 5, 15 * MINUTE),
  }
}

/** The limits this server enforces (shared by every instance through Redis when REDIS_URL is set). */
export const signInLimits = createSignInLimits()
