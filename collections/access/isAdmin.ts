import type { Access, FieldAccess } from 'payload'

import { staffUser } from './isStaff'
import { hasRole } from './staffRoles'

export const isAdmin: Access = ({ req }) => hasRole(req, 'admin')

export const isAdminField: FieldAccess = ({ req }) => hasRole(req, 'admin')

/** Admins manage everyone; other staff may only touch their own user document. */
export const isAdminOrSelf: Access = ({ req }) => {
  const user = staffUser(req)
  if (!user) return false
  if (user.role === 'admin') return true
  return { id: { equals: user.id } }
}
