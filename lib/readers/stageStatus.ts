import type { Payload } from 'payload'

import { toDocId } from '../platform/ids'
import { ReaderDataError } from './errors'
import { publishedPage } from './publishedPages'
import { asSystem, ownedBy, progressMap, stageRows } from './records'
import { CLEARED_STAGE, type StageStatus } from './vocabulary'

/**
 * Sets one roadmap stage to in progress or done, or clears it (null), as marked at `at`. The stage
 * must be on the published profile. The later mark wins: one older than what is stored (made offline,
 * or before signing in, and sent afterwards) changes nothing, so sending the same marks twice does
 * nothing the second time. Clearing keeps a record too (CLEARED_STAGE), with its time, so an older
 * mark arriving afterwards cannot bring the stage back.
 */
export async function setStageStatus(
  payload: Payload,
  reader: string,
  roleId: string,
  stage: string,
  status: StageStatus | null,
  at: Date = new Date(),
) {
  const readerId = toDocId(payload, reader)
  const { roadmap } = await publishedPage(payload, { collection: 'roles', id: roleId })
  if (!roadmap)
    throw new ReaderDataError('That career profile does not exist or is not published.', 404)
  if (!roadmap.stages.some((s) => s.id === stage))
    throw new ReaderDataError('That stage is not on this career’s roadmap.', 400)
  const role = toDocId(payload, roleId)
  const rows = await stageRows(payload, readerId, role)
  const existing = rows.find((row) => row.stage === stage)
  const storedAt = existing && new Date(existing.changedAt ?? existing.updatedAt).getTime()
  if (storedAt && storedAt > at.getTime()) return progressMap(rows)
  const stored = status ?? CLEARED_STAGE
  if (existing) {
    await payload.update({
      collection: 'roadmap-progress',
      where: { and: [ownedBy(readerId), { id: { equals: existing.id } }] },
      data: { status: stored, changedAt: at.toISOString() },
      ...asSystem,
    })
  } else {
    await payload.create({
      collection: 'roadmap-progress',
      data: { reader: readerId, role, stage, status: stored, changedAt: at.toISOString() },
      ...asSystem,
    })
  }
  return progressMap(await stageRows(payload, readerId, role))
}
