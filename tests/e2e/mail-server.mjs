#!/usr/bin/env node
/**
 * A real SMTP server the app sends magic links and digests to, for the end-to-end tests; the tests
 * read what arrived over HTTP: GET /messages?to=<address> → [{ to, subject, text }], newest last.
 */
import fs from 'node:fs'
import http from 'node:http'

import { startSmtpInbox } from '../smtpInbox.mjs'

const { mail } = JSON.parse(fs.readFileSync(new URL('./services.json', import.meta.url), 'utf8'))
const { messages } = await startSmtpInbox(mail.smtpPort)
console.log(`[e2e mail] SMTP on 127.0.0.1:${mail.smtpPort}`)

http
  .createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost')
    const to = url.searchParams.get('to')?.toLowerCase()
    const body =
      url.pathname === '/messages'
        ? messages
            .filter((m) => !to || m.to.includes(to))
            .map(({ to, subject, text }) => ({ to, subject, text }))
        : { ok: true }
    response.writeHead(200, { 'content-type': 'application/json' })
    response.end(JSON.stringify(body))
  })
  .listen(mail.httpPort, '127.0.0.1', () =>
    console.log(`[e2e mail] inbox on http://127.0.0.1:${mail.httpPort}/messages`),
  )
