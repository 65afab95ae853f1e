import type { Access, PayloadRequest } from 'payload'

import type { User } from '@/payload-types'

import { staffUser } from './isStaff'

type StaffRole = User['role']

export function hasRole(req: PayloadRequest, ...roles: StaffRole[]): boolean {
  const user = staffUser(req)
  return Boolean(user && roles.includes(user.role))
}

/** Editors and admins publish, unpublish and delete. */
export const canPublish = (req: PayloadRequest): boolean => hasRole(req, 'editor', 'admin')

/**
 * Deleting: editors and admins delete anything; writers only what was never published (their own
 * abandoned drafts), expressed as a query so that lists and bulk deletes obey it too.
 */
export const canDeleteVersioned: Access = ({ req }) => {
  if (canPublish(req)) return true
  if (hasRole(req, 'writer')) return { _status: { not_equals: 'published' } }
  return false
}

/** Collections without drafts (authors, media): changes are public at once, so editors delete. */
export const isEditorOrAdmin: Access = ({ req }) => canPublish(req)
