import { RateLimiter } from './rateLimit'

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

/** "Try again in 15 minutes." */
export function retryAfterText(waitMs: number): string {
  const minutes = Math.max(1, Math.ceil(waitMs / MINUTE))
  return `Try again in ${minutes} minute${minutes > 1 ? 's' : ''}.`
}
