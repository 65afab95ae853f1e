import { timingSafeEqual } from 'node:crypto'

import { addressKey, clientAddress, peerAddress } from '../clientAddress'
import { sharedRedis } from '../redis'
import { databaseAvailable } from './databaseHealth'

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/

/**
 * Who may read what this instance sees: the balancer and anything on this machine, or whoever
 * presents HEALTH_TOKEN. "On this machine" is the connection's own peer being a loopback address
 * and no client forwarded beyond it: through a balancer on the same machine every peer is loopback,
 * but readers' requests carry their address in X-Forwarded-For; and a request straight to an
 * instance cannot make its peer loopback by naming 127.0.0.1 in that header.
 * Anyone else learns only that it answers — not which backing service is down, nor the instance.
 */
export function mayReadDetails(
  request: Request,
  env: Record<string, string | undefined> = process.env,
): boolean {
  const peer = peerAddress(request)
  if (LOOPBACK.test(peer) && clientAddress(request) === addressKey(peer)) return true
  const token = env.HEALTH_TOKEN
  if (!token) return false
  const expected = Buffer.from(`Bearer ${token}`)
  const given = Buffer.from(request.headers.get('authorization') ?? '')
  return given.length === expected.length && timingSafeEqual(given, expected)
}

/** The answer of /api/health for this request. */
export function healthReport(request: Request) {
  if (!mayReadDetails(request)) return { status: 'ok' }
  return {
    status: 'ok',
    database: databaseAvailable() ? 'up' : 'down',
    redis: process.env.REDIS_URL ? (sharedRedis() ? 'up' : 'down') : 'not configured',
    instance: process.env.INSTANCE_NAME ?? null,
  }
}
