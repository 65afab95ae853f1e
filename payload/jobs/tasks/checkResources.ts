import { checkLinks } from '@/lib/editorial/linkCheck'
import { resourceUrlProblem } from '@/lib/skills/resources'

import { onSchedule, type ScheduledTask } from '../schedule'

/**
 * Every Monday at 03:00 UTC, checks the address of every learning resource on a published career's
 * roadmap and records the outcome (collection resource-checks); the editors' desk lists the careers
 * whose resources are dead, silent or moved.
 */
export const checkResources: ScheduledTask<{ checked: number; problems: number }> = {
  slug: 'checkResources',
  label: 'Check learning resources’ links',
  schedule: onSchedule('0 0 3 * * 1'),
  retries: 1,
  handler: async ({ req }) => {
    const { docs } = await req.payload.find({
      collection: 'roles',
      where: { _status: { equals: 'published' } },
      select: { roadmap: { resources: { url: true } } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    // Saved addresses passed the same rule; asked again so no private address is ever fetched.
    const urls = docs
      .flatMap((role) =>
        (role.roadmap ?? []).flatMap((stage) => (stage.resources ?? []).map((r) => r.url)),
      )
      .filter((url) => resourceUrlProblem(url) === null)
    const results = await checkLinks(urls)
    const checkedAt = new Date().toISOString()
    let problems = 0
    for (const [url, result] of results) {
      if (result.outcome !== 'ok') problems += 1
      const data = { url, ...result, checkedAt }
      const { docs: found } = await req.payload.find({
        collection: 'resource-checks',
        where: { url: { equals: url } },
        select: {},
        limit: 1,
        overrideAccess: true,
        req,
      })
      if (found[0])
        await req.payload.update({
          collection: 'resource-checks',
          id: found[0].id,
          data,
          overrideAccess: true,
          req,
        })
      else
        await req.payload.create({ collection: 'resource-checks', data, overrideAccess: true, req })
    }
    return { output: { checked: results.size, problems } }
  },
}
