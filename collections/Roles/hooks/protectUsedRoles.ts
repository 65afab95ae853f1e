import type {
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  PayloadRequest,
} from 'payload'

import { publicError } from '../../errors'
import { liveStatus, writeIntentOf } from '../../publishing/writeIntent'

async function publishedComparisonsOf(
  roleId: number | string,
  req: PayloadRequest,
): Promise<string[]> {
  const { docs } = await req.payload.find({
    collection: 'articles',
    where: { and: [{ comparedRoles: { in: [roleId] } }, { _status: { equals: 'published' } }] },
    select: { title: true },
    depth: 0,
    limit: 20,
    req,
  })
  return docs.map((d) => `"${d.title}"`)
}

/** A published comparison must never point at a career readers cannot see. */
export const protectUsedRoleOnUnpublish: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
}) => {
  if (!originalDoc || data._status === 'published') return data
  if (!writeIntentOf(req, 'roles').writesLiveRow) return data
  if ((await liveStatus(req, 'roles', originalDoc.id)) !== 'published') return data
  const users = await publishedComparisonsOf(originalDoc.id, req)
  if (users.length > 0) {
    throw publicError(
      `This career is compared in published articles: ${users.join(', ')}. Unpublish those first.`,
      400,
    )
  }
  return data
}

export const protectUsedRoleOnDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const users = await publishedComparisonsOf(id, req)
  if (users.length > 0) {
    throw publicError(
      `This career is compared in published articles: ${users.join(', ')}. Unpublish or change those first.`,
      400,
    )
  }
  const { totalDocs } = await req.payload.count({
    collection: 'salary-tables',
    where: { role: { equals: id } },
    req,
  })
  if (totalDocs > 0) {
    throw publicError(
      `This career has ${totalDocs} salary table(s). Delete them first, so that no table points at a missing career.`,
      400,
    )
  }
}
