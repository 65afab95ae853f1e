import { sharedRedis } from '@/lib/redis'
import { databaseAvailable } from '@/lib/server/databaseHealth'

/** Asked by the load balancer every second: never cached, never a page. */
export const dynamic = 'force-dynamic'

/**
 * Liveness for the load balancer (deploy/haproxy.cfg): 200 while this process answers, whatever the
 * database or Redis are doing — when the database is down every instance is equally unable, and
 * taking them all out of the pool would turn the site's branded 503 into the balancer's bare one.
 * The body says what this instance sees, for people and monitoring.
 */
export function GET() {
  return Response.json(
    {
      status: 'ok',
      database: databaseAvailable() ? 'up' : 'down',
      redis: process.env.REDIS_URL ? (sharedRedis() ? 'up' : 'down') : 'not configured',
      instance: process.env.INSTANCE_NAME ?? null,
    },
    { headers: { 'cache-control': 'no-store' } },
  )
}
