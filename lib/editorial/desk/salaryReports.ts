import { labelOf } from '@/lib/choices'
import { adminDocPath } from '@/lib/paths'
import { REPORT_FLAGS } from '@/lib/salaries/reports/vocabulary'
import { isPublisherUser } from '@/lib/staff'

import type { DeskItem, DeskViewer } from './types'

const SHOWN = 20

/**
 * Readers' salary reports waiting for an editor, flagged ones first, newest first within that;
 * read with the editor's own access, so the reader behind each stays hidden. Null for writers, who
 * do not moderate reports.
 */
export async function reportsToReview(viewer: DeskViewer): Promise<DeskItem[] | null> {
  if (!isPublisherUser(viewer.user)) return null
  const { docs } = await viewer.payload.find({
    collection: 'salary-reports',
    where: { status: { equals: 'pending' } },
    sort: '-createdAt',
    limit: 100,
    depth: 1,
    populate: { roles: { title: true } },
    select: { contributor: true, role: true, year: true, flags: true, createdAt: true },
    overrideAccess: false,
    user: viewer.user,
  })
  const items = docs.map((report) => {
    const career = typeof report.role === 'object' && report.role ? report.role.title : 'A career'
    const flags = report.flags ?? []
    return {
      item: {
        collection: 'salary-reports',
        id: report.id,
        title: `${career}, ${report.year} · ${report.contributor}`,
        href: adminDocPath('salary-reports', report.id),
        detail: flags.length
          ? `flagged: ${flags.map((f) => labelOf(REPORT_FLAGS, f).toLowerCase()).join('; ')}`
          : 'no flags',
        at: report.createdAt,
      },
      flagged: flags.length > 0,
    }
  })
  return items
    .sort((a, b) => Number(b.flagged) - Number(a.flagged))
    .slice(0, SHOWN)
    .map(({ item }) => item)
}
