import { createTransport, type Transporter } from 'nodemailer'

type Env = Record<string, string | undefined>

/** An email the site sends: sign-in links (lib/auth) and the weekly digest (lib/readers/digest). */
export type Mail = {
  to: string
  subject: string
  text: string
  html: string
  headers?: Record<string, string>
}

/**
 * Development with no SMTP server (EMAIL_SERVER) prints mail to the server log instead, so every
 * feature that sends mail can be tried with `npm run dev`; production never does.
 */
export const printsMail = (env: Env = process.env) =>
  !env.EMAIL_SERVER && env.NODE_ENV !== 'production'

/** Whether this deployment can deliver mail: an SMTP server, or development's log. */
export const canSendMail = (env: Env = process.env) => Boolean(env.EMAIL_SERVER) || printsMail(env)

export const mailFrom = (env: Env = process.env) =>
  env.EMAIL_FROM || 'Careerscope <no-reply@careerscope.local>'

const transports = new Map<string, Transporter>()

/** One pooled connection setup per SMTP server, reused by every message. */
export function transportFor(server: string): Transporter {
  let transport = transports.get(server)
  if (!transport) {
    transport = createTransport(server)
    transports.set(server, transport)
  }
  return transport
}

/** The SMTP server refused the recipient for good: sending again would be refused again. */
export class MailRejected extends Error {
  name = 'MailRejected'
}

/** Whether a send failed for good (a refused recipient, any 5xx reply) rather than for now. */
export const failedForGood = (error: unknown) =>
  error instanceof MailRejected ||
  ((error as { responseCode?: unknown })?.responseCode as number) >= 500

/** Sends by SMTP and throws unless the server accepted the recipient; `label` names it in the log. */
export async function sendMail(mail: Mail, label: string, env: Env = process.env): Promise<void> {
  const server = env.EMAIL_SERVER
  if (!server) {
    if (!printsMail(env)) throw new Error(`EMAIL_SERVER is not set: cannot send ${label} mail.`)
    console.info(
      `\n[${label}] Email to ${mail.to} (no EMAIL_SERVER set, development only):\n${mail.subject}\n\n${mail.text}\n`,
    )
    return
  }
  const result = await transportFor(server).sendMail({ from: mailFrom(env), ...mail })
  if (result.rejected?.length)
    throw new MailRejected(`The ${label} email to ${mail.to} was refused by the mail server.`)
  if (result.pending?.length)
    throw new Error(`The ${label} email to ${mail.to} could not be delivered.`)
}
