import { timingSafeEqual } from 'node:crypto'

import { clientAddress } from '../auth/clientAddress'
import { sharedRedis } from '../redis'
import { databaseAvailable } from './databaseHealth'

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/

/**
 * Who may read what this instance sees: the balancer and anything on this machine (a loopback
 * address, as the server stamped it: lib/auth/clientAddress.ts), or whoever presents HEALTH_TOKEN.
 * Anyone else learns only that it answers — not which backing service is down, nor the instance.
 */
export function mayReadDetails(
  request: Request,
  env: Record<string, string | undefined> = process.env,
): boolean {
  if (LOOPBACK.test(clientAddress(request))) return true
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
