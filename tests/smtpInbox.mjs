import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

/**
 * A real SMTP server on 127.0.0.1 that keeps what arrives, for the tests that send mail (the e2e
 * mail server, the digest's integration test). Each message: its recipients (lower-cased), subject,
 * text, and header lines with folding undone. Port 0 takes a free one.
 * @param {number} port
 * @returns {Promise<{ messages: { to: string[]; subject: string; text: string; headerLines: string[] }[]; port: number; close: () => Promise<void> }>}
 */
export async function startSmtpInbox(port) {
  /** @type {{ to: string[]; subject: string; text: string; headerLines: string[] }[]} */
  const messages = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          messages.push({
            to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            headerLines: parsed.headerLines.map((h) => h.line.replace(/\r?\n\s+/g, ' ')),
          })
          callback()
        })
        .catch(callback)
    },
  })
  await new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(undefined)))
  const address = /** @type {import('node:net').AddressInfo} */ (server.server.address())
  return {
    messages,
    port: address.port,
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  }
}
