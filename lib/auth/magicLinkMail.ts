import type { SendVerificationRequestParams } from 'next-auth/providers/email'
import { createTransport, type Transporter } from 'nodemailer'

import { escapeXml } from '../seo/xml'
import { inboxKey } from './emailAddress'
import { signInLimits } from './signInLimits'

const transports = new Map<string, Transporter>()

function transportFor(server: string): Transporter {
  let transport = transports.get(server)
  if (!transport) {
    transport = createTransport(server)
    transports.set(server, transport)
  }
  return transport
}

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
 * the link to the server log instead; the provider is not offered at all in that case in production.
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
  const message = magicLinkMessage(url, expires)
  const server = typeof provider.server === 'string' ? provider.server : ''
  if (!server) {
    if (process.env.NODE_ENV === 'production')
      throw new Error('EMAIL_SERVER is not set: cannot send sign-in links in production.')
    console.info(
      `\n[auth] Magic sign-in link for ${identifier} (no EMAIL_SERVER set, development only):\n${url}\n`,
    )
    return
  }
  const result = await transportFor(server).sendMail({
    to: identifier,
    from: provider.from,
    ...message,
  })
  const failed = [...(result.rejected ?? []), ...(result.pending ?? [])]
  if (failed.length) throw new Error(`The sign-in email to ${identifier} could not be delivered.`)
}
