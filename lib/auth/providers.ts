import EmailProvider from 'next-auth/providers/email'
import GitHubProvider from 'next-auth/providers/github'
import GoogleProvider from 'next-auth/providers/google'
import type { Provider } from 'next-auth/providers/index'

import { canSendMail, mailFrom } from '../platform/mail'
import { emailIdentifier } from './emailAddress'
import { sendMagicLink } from './magicLinkMail'

type Env = Record<string, string | undefined>

/** How long a magic link works. */
export const MAGIC_LINK_MAX_AGE_SECONDS = 30 * 60

/** A company or social identity provider that speaks OpenID Connect, found through its discovery document. */
function openIdConnect(env: Env): Provider {
  const issuer = env.AUTH_OIDC_ISSUER!.replace(/\/$/, '')
  return {
    id: 'oidc',
    name: env.AUTH_OIDC_NAME || 'Single sign-on',
    type: 'oauth',
    wellKnown: `${issuer}/.well-known/openid-configuration`,
    issuer,
    clientId: env.AUTH_OIDC_CLIENT_ID,
    clientSecret: env.AUTH_OIDC_CLIENT_SECRET,
    authorization: { params: { scope: 'openid email profile' } },
    idToken: true,
    checks: ['pkce', 'state'],
    profile: (claims: {
      sub: string
      email?: string
      name?: string
      preferred_username?: string
      picture?: string
    }) => ({
      id: claims.sub,
      email: claims.email ?? null,
      name: claims.name ?? claims.preferred_username ?? null,
      image: claims.picture ?? null,
    }),
  }
}

type GitHubEmail = { email: string; primary: boolean; verified: boolean }

/**
 * GitHub, keeping only a verified address: next-auth's provider falls back to the primary address
 * from /user/emails whether or not GitHub has verified it. (A public profile email is always one
 * GitHub verified.)
 */
function github(clientId: string, clientSecret: string): Provider {
  const provider = GitHubProvider({ clientId, clientSecret })
  return {
    ...provider,
    userinfo: {
      url: 'https://api.github.com/user',
      async request({ client, tokens }) {
        const profile = await client.userinfo(tokens.access_token!)
        if (profile.email) return profile
        const response = await fetch('https://api.github.com/user/emails', {
          headers: { Authorization: `token ${tokens.access_token}` },
        })
        const emails = response.ok ? ((await response.json()) as GitHubEmail[]) : []
        const verified =
          emails.find((e) => e.primary && e.verified) ?? emails.find((e) => e.verified)
        // next-auth's Profile types email as string | undefined; undefined stores no address.
        return { ...profile, email: verified?.email }
      },
    },
  }
}

/**
 * The sign-in methods this deployment offers, from its environment. A provider whose settings are
 * missing is left out entirely, so the sign-in page never shows a button that cannot work.
 */
export function configuredProviders(env: Env = process.env): Provider[] {
  const providers: Provider[] = []
  if (env.AUTH_OIDC_ISSUER && env.AUTH_OIDC_CLIENT_ID && env.AUTH_OIDC_CLIENT_SECRET)
    providers.push(openIdConnect(env))
  if (env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET) {
    providers.push(github(env.AUTH_GITHUB_ID, env.AUTH_GITHUB_SECRET))
  }
  if (env.AUTH_GOOGLE_ID && env.AUTH_GOOGLE_SECRET) {
    providers.push(
      GoogleProvider({ clientId: env.AUTH_GOOGLE_ID, clientSecret: env.AUTH_GOOGLE_SECRET }),
    )
  }
  // Without SMTP, development prints the links to the server log (lib/platform/mail.ts).
  if (canSendMail(env)) {
    providers.push(
      EmailProvider({
        server: env.EMAIL_SERVER ?? '',
        from: mailFrom(env),
        maxAge: MAGIC_LINK_MAX_AGE_SECONDS,
        sendVerificationRequest: sendMagicLink,
        normalizeIdentifier: emailIdentifier,
      }),
    )
  }
  return providers
}

export type ProviderSummary = { id: string; name: string; type: 'oauth' | 'email' }

/** What the sign-in page needs to draw its buttons: no secrets. */
export function providerSummaries(env: Env = process.env): ProviderSummary[] {
  return configuredProviders(env).map((provider) => ({
    id: provider.id,
    name: provider.name,
    type: provider.type === 'email' ? 'email' : 'oauth',
  }))
}
