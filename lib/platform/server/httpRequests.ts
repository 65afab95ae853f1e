import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import https from 'node:https'

type RequestHook = (request: IncomingMessage, response: ServerResponse) => void

const hooks: RequestHook[] = []
let installed = false

/**
 * Runs `hook` on every request this process's HTTP servers receive, before Next sees it. Next
 * offers no hook at the socket or the response head (its middleware sees neither), so Node's own
 * `request` event is wrapped — once, for http and https servers (`next dev --experimental-https`).
 * Called from instrumentation.ts; used by lib/platform/clientAddress.ts and lib/platform/server/unavailable.ts.
 */
export function onEveryRequest(hook: RequestHook): void {
  hooks.push(hook)
  if (installed) return
  installed = true
  for (const Server of [http.Server, https.Server]) {
    const emit = Server.prototype.emit as (event: string, ...args: unknown[]) => boolean
    Server.prototype.emit = function (this: http.Server, event: string, ...args: unknown[]) {
      if (event === 'request') {
        for (const run of hooks) run(args[0] as IncomingMessage, args[1] as ServerResponse)
      }
      return emit.call(this, event, ...args)
    } as typeof Server.prototype.emit
  }
}
