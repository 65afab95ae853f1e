import type { Payload } from 'payload'

import { newMemberKey } from './identity'

/**
 * Reports sent before versions and publication points existed get them: a version key of their own
 * (without one, every such report would move by the same amount) and, if approved, a publication
 * point at their approval (without one, they would drop out of the figures). The SQL migrations
 * did this for SQLite and Postgres; MongoDB has no schema migrations, so it happens here, at start,
 * and finds nothing to do once done. Portable queries only.
 */
export async function backfillReportVersions(payload: Payload): Promise<number> {
  const { docs } = await payload.find({
    collection: 'salary-reports',
    where: {
      or: [
        { memberKey: { exists: false } },
        { and: [{ status: { equals: 'approved' } }, { countsFrom: { exists: false } }] },
      ],
    },
    select: { memberKey: true, status: true, moderatedAt: true, createdAt: true, countsFrom: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  for (const report of docs) {
    const approvedAt = report.moderatedAt ?? report.createdAt
    await payload.update({
      collection: 'salary-reports',
      id: report.id,
      data: {
        memberKey: report.memberKey || newMemberKey(),
        ...(report.status === 'approved' && !report.countsFrom
          ? { countsFrom: approvedAt, firstApprovedAt: approvedAt }
          : {}),
      },
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
  }
  return docs.length
}
