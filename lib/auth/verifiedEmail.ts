type Profile = { email?: unknown; email_verified?: unknown } | undefined

/**
 * Whether a sign-in may proceed on the email the identity provider gave. A reader account is found
 * by its email, so an address the provider has not verified would let someone claim another
 * person's inbox: the owner's next magic-link sign-in would land in the impostor's account.
 * Magic links prove the inbox themselves; OpenID Connect and Google say so in `email_verified`;
 * our GitHub provider keeps only a verified address (lib/auth/providers.ts). A profile with no email
 * stores none, so there is nothing to verify.
 */
export function providerVerifiedEmail(provider: string | undefined, profile: Profile): boolean {
  if (provider === 'email' || provider === 'github') return true
  if (!profile?.email) return true
  return profile.email_verified === true || profile.email_verified === 'true'
}
