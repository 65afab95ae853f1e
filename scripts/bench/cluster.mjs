/**
 * One instance against the balanced cluster (`npm run cluster -- N`) on the cached comparison:
 * wrk at 32 and 64 connections straight at the first instance (BENCH_INSTANCE_URL, default the
 * cluster's first), then at the balancer (HAProxy, :3250) in front of all of them. On one machine the instances share its cores with wrk and HAProxy, which is what
 * the ratio says first.
 */
import os from 'node:os'

import { wrkTable } from './wrk.mjs'

export async function benchCluster(balancer, pagePath, { seconds = 8 } = {}) {
  // The cluster's first instance listens on the port after CLUSTER_PORT (3201 by default).
  const first = new URL(
    process.env.BENCH_INSTANCE_URL ??
      `http://localhost:${Number(process.env.CLUSTER_PORT ?? 3200) + 1}`,
  )
  const health = await (await fetch(new URL('/api/health', balancer))).json()
  console.log(
    `\ncluster: balancer ${balancer} (a health check answered from ${health.instance ?? 'an instance'}), one instance ${first.origin}; ${os.cpus().length} cores`,
  )
  for (const url of [first.origin, balancer]) await fetch(url + pagePath) // warm
  wrkTable(
    {
      'one instance': { url: first.origin + pagePath },
      balanced: { url: balancer.replace(/\/$/, '') + pagePath },
    },
    seconds,
    [['scaling ratio', 'balanced', 'one instance']],
  )
}
