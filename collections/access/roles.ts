import type { Access, PayloadRequest, Where } from 'payload'

import { asStaff, isAdminUser, isPublisherUser } from '@/lib/staff'

/**
 * Access by staff role, from lib/staff.ts. Each returns a plain boolean where it can, so the same
 * function serves as collection access, field access and the admin-panel gate.
 */

type WithReq = { req: PayloadRequest }

export const staffUser = (req: PayloadRequest) => asStaff(req.user)

/** Any signed-in member of staff. */
export const isStaff = ({ req }: WithReq): boolean => Boolean(staffUser(req))

/** Editors and admins: the roles that change what readers see. */
export const isPublisher = ({ req }: WithReq): boolean => isPublisherUser(req.user)

export const isAdmin = ({ req }: WithReq): boolean => isAdminUser(req.user)

/** Admins manage everyone; other staff may only touch their own user document. */
export const isAdminOrSelf: Access = ({ req }) => {
  const user = staffUser(req)
  if (!user) return false
  if (user.role === 'admin') return true
  return { id: { equals: user.id } }
}

const NEVER_PUBLISHED: Where = {
  and: [{ _status: { not_equals: 'published' } }, { firstPublishedAt: { exists: false } }],
}

/**
 * Deleting drafted content: editors and admins delete anything; writers only drafts that never went
 * live (firstPublishedAt, set by the server), expressed as a query so that lists and bulk deletes
 * obey it too.
 */
export const canDeleteVersioned: Access = ({ req }) => {
  if (isPublisherUser(req.user)) return true
  if (staffUser(req)) return NEVER_PUBLISHED

  return false
}
