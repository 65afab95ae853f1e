import {
  APIError,
  type CollectionAfterLoginHook,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
} from 'payload'

import { staffAccountKey, staffLoginLimits } from '@/lib/auth/staffLoginLimits'
import { clientAddress } from '@/lib/platform/clientAddress'
import { retryAfterText } from '@/lib/platform/rateLimit'

/** Logged at info level (payload.config.ts), like Payload's own refusals: not a server fault. */
export class TooManyLogins extends APIError {
  constructor(waitMs: number) {
    const message = `Too many failed sign-ins for this account or from your network. ${retryAfterText(waitMs)}`
    super(message, 429, { message }, true)
    this.name = 'TooManyLogins'
  }
}

const keys = (req: PayloadRequest, email: unknown) => ({
  address: clientAddress(req),
  account: staffAccountKey(email),
})

/**
 * Counts every staff login attempt before Payload looks at the password, and refuses with 429 and
 * Retry-After once an address or an account is over its limit (lib/auth/staffLoginLimits.ts). It
 * runs inside the login operation, so REST, GraphQL and the Local API are all counted.
 */
export const limitLogins: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const { address, account } = keys(req, (args as { data?: { email?: unknown } }).data?.email)
  const waits = await Promise.all([
    staffLoginLimits.perAddress.hit(address),
    staffLoginLimits.perAccount.hit(account),
  ])
  const wait = Math.max(...waits)
  if (wait > 0) {
    req.responseHeaders ??= new Headers()
    req.responseHeaders.set('Retry-After', String(Math.ceil(wait / 1000)))
    throw new TooManyLogins(wait)
  }
  return args
}

/** A login that succeeded takes its attempt back: only failures count towards the limits. */
export const refundSuccessfulLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  const { address, account } = keys(req, (user as { email?: unknown }).email)
  await Promise.all([
    staffLoginLimits.perAddress.refund(address),
    staffLoginLimits.perAccount.refund(account),
  ])
  return user
}
