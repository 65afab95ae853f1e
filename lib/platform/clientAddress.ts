import { timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

import { serverHmac } from './env'
import { onEveryRequest } from './server/httpRequests'

/**
 * The address a request really came from. Next passes route handlers no socket address
 * (NextRequest.ip is gone since Next 15), and it fills X-Forwarded-For from the socket only when the
 * client sent none (next/dist/server/base-server.js: `x-forwarded-for ??=`), so the header alone
 * lets any client choose its own address. The server stamps the address it computed from the socket
 * into a header of ours instead, overwriting whatever the client sent under that name, and signs it:
 * a request that reached a route without passing the stamp (one that arrived while the server was
 * still starting) carries no valid signature, and counts as "unknown".
 */
export const CLIENT_ADDRESS_HEADER = 'x-careerscope-client-address'

/**
 * How many proxies in front of the app append to X-Forwarded-For and may be believed: a small
 * decimal number, 0 to 5. Anything else (`999`, `0x1`, `1e0`, `-1`) is a mistake that would let
 * clients choose their own address for the rate limits, so the server refuses to start with it.
 */
export function trustedProxyHops(env: Record<string, string | undefined> = process.env): number {
  const value = env.TRUSTED_PROXY_HOPS ?? '0'
  if (!/^[0-5]$/.test(value))
    throw new Error(
      `TRUSTED_PROXY_HOPS must be the number of proxies in front of the site, 0 to 5 (1 behind one balancer), not "${value}".`,
    )
  return Number(value)
}

/**
 * One key per client: IPv4 addresses as they are; IPv6 addresses by their /64 network, since one
 * household or server is given a whole /64 and could otherwise count afresh from each address.
 * Ports and brackets some proxies add (`[2001:db8::1]:443`, `203.0.113.5:50000`) are dropped.
 */
export function addressKey(raw: string): string {
  let address = raw.trim()
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address)
  if (bracketed) address = bracketed[1]!
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(address)) address = address.replace(/:\d+$/, '')
  address = address.replace(/^::ffff:(?=\d+\.)/i, '')
  if (!address.includes(':')) return address
  return `${expandIpv6(address).slice(0, 4).join(':')}::/64`
}

/** The eight 16-bit groups of an IPv6 address, `::` expanded. */
function expandIpv6(address: string): string[] {
  const [head = '', tail = ''] = address.toLowerCase().split('%')[0]!.split('::')
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  const missing = address.includes('::') ? 8 - left.length - right.length : 0
  return [...left, ...Array<string>(Math.max(0, missing)).fill('0'), ...right].map(
    (group) => group.replace(/^0+(?=.)/, '') || '0',
  )
}

const normalise = (address: string) => (address.trim() ? addressKey(address) : '')

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

/** Signatures of recent stamps: most requests come from an address seen moments ago. */
const signatures = new Map<string, string>()

function signature(text: string): string {
  let signed = signatures.get(text)
  if (!signed) {
    signed = serverHmac(text, 'base64url')
    if (signatures.size >= 10_000) signatures.clear()
    signatures.set(text, signed)
  }
  return signed
}

/** The connection's own peer, unlike the client address never taken from X-Forwarded-For. */
export const PEER_ADDRESS_HEADER = 'x-careerscope-peer-address'

type Stamp = 'client-address' | 'peer-address'
const stampValue = (kind: Stamp, address: string) => `${address} ${signature(`${kind}:${address}`)}`

function readStamp(request: { headers: Pick<Headers, 'get'> }, header: string, kind: Stamp) {
  const [address = '', given = ''] = (request.headers.get(header) ?? '').split(' ')
  if (!address || !given) return 'unknown'
  const expected = Buffer.from(signature(`${kind}:${address}`))
  const actual = Buffer.from(given)
  return actual.length === expected.length && timingSafeEqual(actual, expected)
    ? address
    : 'unknown'
}

/**
 * Stamps every request before Next sees it (lib/platform/server/httpRequests.ts); from instrumentation.ts,
 * so a TRUSTED_PROXY_HOPS that is not a small number stops the server at boot.
 */
export function stampClientAddresses(): void {
  const hops = trustedProxyHops()
  console.info(
    `[server] client addresses: believing ${hops} proxy hop${hops === 1 ? '' : 's'} of X-Forwarded-For (TRUSTED_PROXY_HOPS)`,
  )
  onEveryRequest((request: IncomingMessage) => {
    const peer = request.socket?.remoteAddress ?? ''
    const address = addressFromChain(request.headers['x-forwarded-for'], peer, hops)
    request.headers[CLIENT_ADDRESS_HEADER] = stampValue('client-address', address)
    request.headers[PEER_ADDRESS_HEADER] = stampValue('peer-address', peer || 'unknown')
  })
}

/** The value the server stamps for an address (for tests that stand in for the server). */
export const stampedAddress = (address: string) => stampValue('client-address', address)

/** The value the server stamps for a connection's peer (for tests that stand in for the server). */
export const stampedPeer = (address: string) => stampValue('peer-address', address)

/** The client's address as the server stamped it; "unknown" when the stamp is missing or forged. */
export const clientAddress = (request: { headers: Pick<Headers, 'get'> }): string =>
  readStamp(request, CLIENT_ADDRESS_HEADER, 'client-address')

/** The connection's peer as the server stamped it (a proxy's, behind one); "unknown" if forged. */
export const peerAddress = (request: { headers: Pick<Headers, 'get'> }): string =>
  readStamp(request, PEER_ADDRESS_HEADER, 'peer-address')
