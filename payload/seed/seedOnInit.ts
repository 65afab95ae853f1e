import type { Payload } from 'payload'

import { seed } from './seed'

/**
 * `npm run dev` sets SEED_DEMO_CONTENT=1 so that a fresh checkout shows the demo content on its first
 * page load, with no separate step. Only an empty database is seeded: a developer who deleted the demo
 * roles on purpose does not get them back.
 */
export async function seedDemoContentOnInit(payload: Payload): Promise<void> {
  if (process.env.SEED_DEMO_CONTENT !== '1') return
  const { totalDocs } = await payload.count({ collection: 'roles' })
  if (totalDocs > 0) return
  const report = await seed(payload)
  payload.logger.info(`Seeded demo content: ${report.created.join(', ')}`)
}
