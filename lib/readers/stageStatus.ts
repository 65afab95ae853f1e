import type { Payload } from 'payload'

import { ReaderDataError } from './errors'
import { toDocId } from './ids'
import { publishedPage } from './publishedPages'
import { asSystem, ownedBy, progressMap, stageRows } from './records'
import type { StageStatus } from './vocabulary'

/** Sets one roadmap stage to in progress or done, or clears it (null). The stage must be on the published profile. */
export async function setStageStatus(
  payload: Payload,
  reader: string,
  roleId: string,
  stage: string,
  status: StageStatus | null,
) {
  const readerId = toDocId(payload, reader)
  const { roadmap } = await publishedPage(payload, 'roles', roleId)
  if (!roadmap)
    throw new ReaderDataError('That career profile does not exist or is not published.', 404)
  if (!roadmap.stages.some((s) => s.id === stage))
    throw new ReaderDataError('That stage is not on this career’s roadmap.', 400)
  const role = toDocId(payload, roleId)
  const existing = (await stageRows(payload, readerId, role)).find((row) => row.stage === stage)
  if (status === null) {
    if (existing)
      await payload.delete({
        collection: 'roadmap-progress',
        where: { and: [ownedBy(readerId), { id: { equals: existing.id } }] },
        ...asSystem,
      })
  } else if (existing) {
    await payload.update({
      collection: 'roadmap-progress',
      where: { and: [ownedBy(readerId), { id: { equals: existing.id } }] },
      data: { status },
      ...asSystem,
    })
  } else {
    await payload.create({
      collection: 'roadmap-progress',
      data: { reader: readerId, role, stage, status },
      ...asSystem,
    })
  }
  return progressMap(await stageRows(payload, readerId, role))
}
