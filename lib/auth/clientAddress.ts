import http, { type IncomingMessage } from 'node:http'

/**
 * The address a request really came from. Next passes route handlers no socket address
 * (NextRequest.ip is gone since Next 15), and it fills X-Forwarded-For from the socket only when the
 * client sent none (next/dist/server/base-server.js: `x-forwarded-for ??=`), so the header alone
 * lets any client choose its own address. The server stamps the address it computed from the socket
 * into a header of ours instead, overwriting whatever the client sent under that name.
 */
export const CLIENT_ADDRESS_HEADER = 'x-careerscope-client-address'

/** How many proxies in front of the app append to X-Forwarded-For and may be believed. */
export function trustedProxyHops(env: Record<string, string | undefined> = process.env): number {
  const hops = Number(env.TRUSTED_PROXY_HOPS ?? 0)
  return Number.isInteger(hops) && hops >= 0 ? hops : 0
}

const normalise = (address: string) => address.trim().replace(/^::ffff:(?=\d+\.)/, '')

/**
 * The client in a chain of hops: X-Forwarded-For's entries, then the socket's peer. Each trusted
 * proxy appended the address it saw, so with N trusted hops the client is the entry N places before
 * the peer; anything further left was written by the client and is ignored.
 */
export function addressFromChain(
  forwardedFor: string | string[] | undefined,
  socketAddress: string | undefined,
  hops: number,
): string {
  const forwarded = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? ''))
    .split(',')
    .map(normalise)
    .filter(Boolean)
  const chain = [...forwarded, normalise(socketAddress ?? '') || 'unknown']
  return chain[Math.max(0, chain.length - 1 - hops)] ?? 'unknown'
}

function stamp(request: IncomingMessage) {
  request.headers[CLIENT_ADDRESS_HEADER] = addressFromChain(
    request.headers['x-forwarded-for'],
    request.socket?.remoteAddress,
    trustedProxyHops(),
  )
}

let installed = false

/**
 * Stamps every incoming request of this process's HTTP servers before Next sees it. Next offers no
 * hook at the socket, so Node's own `request` event is wrapped; called once, from instrumentation.ts.
 */
export function stampClientAddresses(): void {
  if (installed) return
  installed = true
  const emit = http.Server.prototype.emit as (event: string, ...args: unknown[]) => boolean
  http.Server.prototype.emit = function (this: http.Server, event: string, ...args: unknown[]) {
    if (event === 'request') stamp(args[0] as IncomingMessage)
    return emit.call(this, event, ...args)
  } as typeof http.Server.prototype.emit
}

/** The client's address as the server stamped it; "unknown" outside our server (nothing to trust). */
export function clientAddress(request: Request): string {
  return request.headers.get(CLIENT_ADDRESS_HEADER) || 'unknown'
}
