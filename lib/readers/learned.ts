import type { Payload } from 'payload'

import { publicFind } from '../content/publicFind'
import { docIdOrNull, relationId } from '../platform/ids'
import { skillIds } from '../skills/refs'

/** Each skill a reader has learned, with the career whose roadmap taught it. */
export type Learned = Record<string, { roleId: string; career: string }>

export type DoneStage = { role: string; stage: string }

/**
 * The skills a reader's done stages teach: a stage marked done counts for every roadmap naming the
 * same skill ("learned on the Backend Developer roadmap"). Read as a reader reads (published
 * careers only), in one query however many stages: a stage of a draft or deleted career teaches
 * nothing here.
 */
export async function learnedSkills(
  payload: Payload,
  done: readonly DoneStage[],
): Promise<Learned> {
  // An id this database cannot hold (a stale mark from another site's storage) names no career.
  const roles = [...new Set(done.map((d) => d.role))].flatMap(
    (id) => docIdOrNull(payload, id) ?? [],
  )
  if (roles.length === 0) return {}
  const { docs } = await publicFind(
    { payload },
    {
      collection: 'roles',
      where: { id: { in: roles } },
      select: { title: true, roadmap: { skills: true } },
      depth: 0,
      pagination: false,
    },
  )
  const doneKeys = new Set(done.map((d) => `${d.role}:${d.stage}`))
  const learned: Learned = {}
  for (const role of docs) {
    for (const stage of role.roadmap ?? []) {
      if (!doneKeys.has(`${role.id}:${stage.id}`)) continue
      for (const skill of skillIds(stage.skills))
        learned[skill] ??= { roleId: String(role.id), career: role.title }
    }
  }
  return learned
}

/** The stages a signed-in reader has marked done, across every career. */
export async function doneStagesOf(
  payload: Payload,
  readerId: number | string,
): Promise<DoneStage[]> {
  const { docs } = await payload.find({
    collection: 'roadmap-progress',
    where: { and: [{ reader: { equals: readerId } }, { status: { equals: 'done' } }] },
    select: { role: true, stage: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return docs.flatMap((doc) => {
    const role = relationId(doc.role)
    return role ? [{ role, stage: doc.stage }] : []
  })
}
