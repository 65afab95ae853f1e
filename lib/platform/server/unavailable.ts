import http, { type IncomingMessage, type ServerResponse } from 'node:http'

import { databaseAvailable } from './databaseHealth'

/** How long clients (and crawlers) are asked to wait before trying again. */
export const RETRY_AFTER_SECONDS = 30

const MESSAGE =
  'Careerscope is having a short outage. Saved pages and progress are safe. Please try again in a minute.'

/** The whole page, self-contained: it must render when nothing else can be read. */
export const UNAVAILABLE_HTML = `<!doctype html>
<html lang="en-IN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>Briefly unavailable · Careerscope</title>
<style>body{margin:0;font-family:system-ui,sans-serif;color:#0f172a;background:#fff}header{border-bottom:1px solid #e2e8f0;padding:16px 24px;font-weight:700;color:#1e1b4b}main{max-width:42rem;margin:0 auto;padding:80px 24px}p.kicker{color:#3730a3;font-weight:600;text-transform:uppercase;font-size:.875rem;letter-spacing:.05em}h1{font-size:1.875rem;margin:.5rem 0 1rem}a{color:#3730a3}</style>
</head><body><header><a href="/" style="text-decoration:none">Careerscope</a></header>
<main><p class="kicker">Temporarily unavailable</p><h1>This page could not load just now</h1>
<p>${MESSAGE}</p><p><a href="">Try again</a> · <a href="/">Home</a></p></main></body></html>
`

const wantsJson = (request: IncomingMessage) =>
  (request.url ?? '').startsWith('/api/') || /json/.test(request.headers.accept ?? '')

/**
 * While the database is unreachable, a response that failed (5xx) becomes a 503 with Retry-After:
 * the site is down for a moment, not broken, and crawlers should come back rather than drop the
 * page. Its body is replaced by a branded page (JSON for the API): Next renders a failed page as an
 * empty shell, filled in only by JavaScript, and never with a stack trace. Pages already in the
 * route cache need no database and keep answering 200.
 *
 * Next offers no hook on the response head, so Node's ServerResponse is patched, once, for the
 * whole process: a successful response pays one comparison, nothing is allocated per request.
 */
const REPLACED = Symbol('careerscope:unavailable')

type Response = ServerResponse & { [REPLACED]?: boolean; req: IncomingMessage }

let installed = false

/**
 * Next 16 serves a redirect from its route cache by appending the cached headers to those it has
 * already set, so a renamed page's 308 carried its Location twice. Two identical values become one
 * (browsers refuse a redirect with several different ones).
 */
function collapseRepeatedLocation(response: ServerResponse) {
  const location = response.getHeader('location')
  if (Array.isArray(location) && new Set(location).size === 1) {
    response.setHeader('location', location[0]!)
  }
}

export function answerUnavailableWhileDatabaseIsDown(): void {
  if (installed) return
  installed = true
  const proto = http.ServerResponse.prototype as Response
  const { writeHead, write, end } = proto
  proto.writeHead = function (this: Response, statusCode: number, ...rest: unknown[]) {
    collapseRepeatedLocation(this)
    if (statusCode < 500 || databaseAvailable()) {
      return writeHead.call(this, statusCode, ...(rest as []))
    }
    this[REPLACED] = true
    // Headers that described the failed body go; the security headers stay.
    for (const name of this.getHeaderNames()) {
      if (/^(content-|etag|cache-control|x-nextjs|vary|link)/i.test(name)) this.removeHeader(name)
    }
    return writeHead.call(this, 503, {
      'content-type': wantsJson(this.req)
        ? 'application/json; charset=utf-8'
        : 'text/html; charset=utf-8',
      'retry-after': String(RETRY_AFTER_SECONDS),
      'cache-control': 'no-store',
    })
  } as typeof proto.writeHead
  // Take over only when the database is down: otherwise a 5xx keeps Next's own headers and length.
  const replacing = (response: Response) =>
    response.statusCode >= 500 && !response.headersSent && !databaseAvailable()
  /** The callback a write or end was given, called as the stream contract promises. */
  const callbackIn = (args: unknown[]) =>
    args.find((a) => typeof a === 'function') as (() => void) | undefined
  proto.write = function (this: Response, ...args: unknown[]) {
    if (replacing(this)) this.writeHead(this.statusCode)
    if (!this[REPLACED]) return write.apply(this, args as Parameters<typeof write>)
    const callback = callbackIn(args)
    if (callback) process.nextTick(callback)
    return true
  } as typeof proto.write
  proto.end = function (this: Response, ...args: unknown[]) {
    if (replacing(this)) this.writeHead(this.statusCode)
    if (!this[REPLACED]) return end.apply(this, args as Parameters<typeof end>)
    const body = wantsJson(this.req)
      ? JSON.stringify({ error: 'Unavailable', message: MESSAGE })
      : UNAVAILABLE_HTML
    return (end as (chunk: string, callback?: () => void) => ServerResponse).call(
      this,
      body,
      callbackIn(args),
    )
  } as typeof proto.end
}
