import type { AuthOptions } from 'next-auth'

import { SITE_PATHS } from '../paths'
import { authBaseUrl, NEXTAUTH_SECRET_DEV_DEFAULT, requiredSecret } from '../platform/env'
import { getPayloadClient } from '../platform/payload'
import { payloadAdapter } from './adapter'
import { safeCallbackUrl } from './callbackUrl'
import { secureCookies } from './cookies'
import { inboxKey, normaliseEmailAddress } from './emailAddress'
import { configuredProviders } from './providers'
import { TOO_MANY_LINKS, UNUSABLE_EMAIL, UNVERIFIED_EMAIL } from './signInErrors'
import { signInLimits } from './signInLimits'
import { providerVerifiedEmail } from './verifiedEmail'

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60

export const adapter = payloadAdapter(getPayloadClient)

let options: AuthOptions | undefined

/**
 * next-auth for readers. Built on first use rather than at import, so `next build` needs no secrets;
 * the running server checks NEXTAUTH_SECRET at boot (instrumentation.ts).
 */
export function authOptions(): AuthOptions {
  if (options) return options
  // next-auth builds its callback URLs from NEXTAUTH_URL; one setting (NEXT_PUBLIC_SERVER_URL) is enough.
  process.env.NEXTAUTH_URL = authBaseUrl()
  options = {
    secret: requiredSecret('NEXTAUTH_SECRET', NEXTAUTH_SECRET_DEV_DEFAULT),
    adapter,
    providers: configuredProviders(),
    // Database sessions: signing out, or deleting the account, ends the session everywhere at once.
    session: { strategy: 'database', maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 24 * 60 * 60 },
    useSecureCookies: secureCookies(),
    pages: {
      signIn: SITE_PATHS.signIn,
      verifyRequest: SITE_PATHS.checkEmail,
      error: SITE_PATHS.signIn,
    },
    callbacks: {
      redirect: ({ url, baseUrl }) => safeCallbackUrl(url, baseUrl),
      // Returning a path refuses the sign-in and sends the reader there (next-auth 4).
      signIn: async ({ account, profile, email, user }) => {
        if (!providerVerifiedEmail(account?.provider, profile)) {
          return `${SITE_PATHS.signIn}?error=${UNVERIFIED_EMAIL}`
        }
        // The digest mails this address: it must be one address, as a magic link's must.
        if (user.email && !normaliseEmailAddress(user.email)) {
          return `${SITE_PATHS.signIn}?error=${UNUSABLE_EMAIL}`
        }
        // Before a link is made: an inbox over its limit gets no token stored, let alone a mail.
        if (email?.verificationRequest && account?.providerAccountId) {
          const wait = await signInLimits.perInbox.wait(inboxKey(account.providerAccountId))
          if (wait) return `${SITE_PATHS.signIn}?error=${TOO_MANY_LINKS}`
        }
        return true
      },
      session: ({ session, user }) => ({
        ...session,
        user: { id: user.id, email: user.email, name: user.name },
      }),
    },
  }
  return options
}
