import type { SendVerificationRequestParams } from 'next-auth/providers/email'

import { sendMail } from '../platform/mail'
import { escapeXml } from '../platform/xml'
import { inboxKey } from './emailAddress'
import { signInLimits } from './signInLimits'

export function magicLinkMessage(url: string, expires: Date) {
  const minutes = Math.max(1, Math.round((expires.getTime() - Date.now()) / 60_000))
  const text = [
    'Sign in to Careerscope with this link:',
    '',
    url,
    '',
    `It works once and expires in ${minutes} minutes. If you did not ask to sign in, ignore this email: nothing happens without the link.`,
  ].join('\n')
  const html = `<p>Sign in to Careerscope:</p><p><a href="${escapeXml(url)}">Sign in</a></p><p>The link works once and expires in ${minutes} minutes. If you did not ask to sign in, ignore this email.</p>`
  return { subject: 'Your Careerscope sign-in link', text, html }
}

/**
 * Sends the magic link by SMTP (EMAIL_SERVER). With no SMTP server configured, development prints
 * the email, link included, to the server log instead (lib/platform/mail.ts); the provider is not offered
 * at all in that case in production.
 */
export async function sendMagicLink({
  identifier,
  url,
  expires,
  provider,
}: SendVerificationRequestParams): Promise<void> {
  // Counted here, on the inbox next-auth will send to, whatever the request said.
  const wait = await signInLimits.perInbox.hit(inboxKey(identifier))
  if (wait) throw new Error(`Too many sign-in links were requested for ${identifier}.`)
  const server = typeof provider.server === 'string' ? provider.server : ''
  await sendMail({ to: identifier, ...magicLinkMessage(url, expires) }, 'auth', {
    EMAIL_SERVER: server,
    EMAIL_FROM: provider.from,
    NODE_ENV: process.env.NODE_ENV,
  })
}
