import { healthReport } from '@/lib/platform/server/health'

/** Asked by the load balancer every second: never cached, never a page. */
export const dynamic = 'force-dynamic'

/**
 * Liveness for the load balancer (deploy/haproxy.cfg): 200 while this process answers, whatever the
 * database or Redis are doing — when the database is down every instance is equally unable, and
 * taking them all out of the pool would turn the site's branded 503 into the balancer's bare one.
 * What this instance sees is in the body for the balancer, this machine and HEALTH_TOKEN holders.
 */
export function GET(request: Request) {
  return Response.json(healthReport(request), { headers: { 'cache-control': 'no-store' } })
}
