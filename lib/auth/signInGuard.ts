import { clientAddress } from '../platform/clientAddress'
import { retryAfterText } from '../platform/rateLimit'
import { BodyTooLargeError, boundedText } from '../platform/server/requestBodies'
import { inboxKey, normaliseEmailAddress } from './emailAddress'
import { type SignInLimits, signInLimits } from './signInLimits'

/** The address a magic link is asked for, read as next-auth reads it (the last value of a field). */
function requestedEmail(type: string, body: string): string | null {
  try {
    const email = type.includes('application/json')
      ? (JSON.parse(body || '{}') as { email?: unknown }).email
      : new URLSearchParams(body).getAll('email').at(-1)
    return normaliseEmailAddress(email)
  } catch {
    return null
  }
}

function tooManyRequests(waitMs: number, message: string): Response {
  return Response.json(
    { error: 'RateLimited', message: `${message} ${retryAfterText(waitMs)}` },
    {
      status: 429,
      headers: { 'retry-after': String(Math.ceil(waitMs / 1000)), 'cache-control': 'no-store' },
    },
  )
}

const tooLarge = (error: BodyTooLargeError) =>
  Response.json(
    { error: 'TooLarge', message: error.message },
    { status: 413, headers: { 'cache-control': 'no-store' } },
  )

/**
 * Rate limits in front of next-auth's sign-in requests (POST /api/auth/signin/:provider): per client
 * address for every provider, counted here; and per inbox for magic links, counted where the link is
 * sent (lib/auth/magicLinkMail.ts, with the address next-auth has normalised) and only looked up
 * here, so a reader over the limit gets a clear 429 instead of a failed sign-in; and a 413 for any
 * body past 16 KB posted to next-auth. Returns the answer to send, or null to carry on.
 */
export function createSignInGuard(limits: SignInLimits = signInLimits) {
  return async function guardSignIn(
    request: Request,
    action: string | undefined,
    provider: string | undefined,
  ): Promise<Response | null> {
    if (request.method !== 'POST') return null
    // Anyone may post here, signed in or not: read a copy of at most 16 KB (a sign-in form is a few
    // hundred bytes), and refuse more before next-auth buffers it. next-auth reads the body after.
    let body: string
    try {
      body = await boundedText(request)
    } catch (error) {
      if (error instanceof BodyTooLargeError) return tooLarge(error)
      throw error
    }
    if (action !== 'signin') return null
    const addressWait = await limits.perAddress.hit(clientAddress(request))
    if (addressWait)
      return tooManyRequests(addressWait, 'Too many sign-in attempts from your network.')
    if (provider !== 'email') return null
    const email = requestedEmail(request.headers.get('content-type') ?? '', body)
    if (!email) return null
    const inboxWait = await limits.perInbox.wait(inboxKey(email))
    if (inboxWait)
      return tooManyRequests(inboxWait, `Too many sign-in links were requested for ${email}.`)
    return null
  }
}
