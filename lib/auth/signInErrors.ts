/** Our own code: the identity provider did not say the reader's email address is verified. */
export const UNVERIFIED_EMAIL = 'UnverifiedEmail'

/** Ours too: the provider's address is not one plausible address (a list, a name, control characters). */
export const UNUSABLE_EMAIL = 'UnusableEmail'

/** Ours too: the inbox has had as many sign-in links as it may in 15 minutes. */
export const TOO_MANY_LINKS = 'TooManyLinks'

/** next-auth's error codes (?error=…), and ours, in words a reader can act on. */
export function signInErrorMessage(code: string | undefined): string | null {
  if (!code) return null
  switch (code) {
    case 'OAuthAccountNotLinked':
      return 'That email address already has a Careerscope account that signs in another way. Use the method you used before.'
    case 'Verification':
      return 'That sign-in link has expired or was already used. Ask for a new one below.'
    case 'EmailSignin':
      return 'We could not send the sign-in email. Check the address and try again.'
    case TOO_MANY_LINKS:
      return 'Too many sign-in links were sent to that address. Try again in 15 minutes.'
    case UNUSABLE_EMAIL:
      return 'Your sign-in provider gave an email address we cannot use. Sign in with an email link instead.'
    case UNVERIFIED_EMAIL:
      return 'Your sign-in provider has not verified your email address. Verify it there, or sign in with an email link.'
    case 'AccessDenied':
      return 'Sign-in was cancelled or refused.'
    default:
      return 'Sign-in did not work. Please try again.'
  }
}
