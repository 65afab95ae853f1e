import type {
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  PayloadRequest,
} from 'payload'

import { publicError } from '../../errors'

async function adminCount(req: PayloadRequest): Promise<number> {
  const { totalDocs } = await req.payload.count({
    collection: 'users',
    where: { role: { equals: 'admin' } },
    req,
  })
  return totalDocs
}

const LAST_ADMIN =
  'This is the last admin: make another user an admin first, or nobody could manage users and settings.'

/** The site must always have someone who can manage users: the last admin can be neither demoted nor deleted. */
export const keepAnAdminOnDemote: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (
    operation !== 'update' ||
    originalDoc?.role !== 'admin' ||
    !data.role ||
    data.role === 'admin'
  )
    return data
  if ((await adminCount(req)) <= 1) throw publicError(LAST_ADMIN, 400)
  return data
}

export const keepAnAdminOnDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const user = await req.payload.findByID({
    collection: 'users',
    id,
    depth: 0,
    req,
    select: { role: true },
  })
  if (user.role === 'admin' && (await adminCount(req)) <= 1) throw publicError(LAST_ADMIN, 400)
}
