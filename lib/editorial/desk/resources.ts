import { linkProblem } from '@/lib/editorial/linkCheck'
import { adminDocPath } from '@/lib/paths'

import type { DeskItem, DeskViewer } from './types'

/**
 * Published careers whose learning resources the last weekly check found dead, silent or moved
 * (payload/jobs/tasks/checkResources.ts). Two reads, however many careers.
 */
export async function brokenResources({ payload, user }: DeskViewer): Promise<DeskItem[]> {
  const read = { depth: 0, pagination: false, overrideAccess: false, user } as const
  const { docs: checks } = await payload.find({
    collection: 'resource-checks',
    where: { outcome: { not_equals: 'ok' } },
    select: { url: true, outcome: true, status: true, location: true, checkedAt: true },
    ...read,
  })
  if (checks.length === 0) return []
  const problems = new Map(checks.map((check) => [check.url, check]))
  const { docs: careers } = await payload.find({
    collection: 'roles',
    where: { _status: { equals: 'published' } },
    select: { title: true, roadmap: { stage: true, resources: { title: true, url: true } } },
    ...read,
  })
  return careers.flatMap((career): DeskItem[] => {
    const found = (career.roadmap ?? []).flatMap((stage) =>
      (stage.resources ?? []).flatMap((resource) => {
        const check = problems.get(resource.url)
        return check ? [{ resource, check }] : []
      }),
    )
    if (found.length === 0) return []
    const [first] = found
    return [
      {
        collection: 'roles',
        id: career.id,
        title: career.title,
        href: adminDocPath('roles', career.id),
        detail: `Career profile · ${found.length} learning resource${found.length === 1 ? '' : 's'} to fix: "${first!.resource.title}" ${linkProblem(first!.check)}${found.length > 1 ? ', and more' : ''}`,
        at: first!.check.checkedAt,
      },
    ]
  })
}
