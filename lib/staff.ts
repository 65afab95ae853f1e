import type { User } from '@/payload-types'

/**
 * Who staff are and what each role may do: one vocabulary for collection access, hooks, the job
 * runner and draft preview. Staff are Payload `users`; readers sign in through next-auth and are
 * never Payload users, so a user from any other collection is not staff.
 */

export type StaffRole = User['role']

/** The member of staff behind a Payload user, or null (nobody, or not a staff account). */
export function asStaff(user: unknown): User | null {
  const candidate = user as { collection?: unknown } | null | undefined
  return candidate && candidate.collection === 'users' ? (user as User) : null
}

/** Editors and admins change what readers see: publish, unpublish, schedule, delete. */
export function isPublisherUser(user: unknown): boolean {
  const role = asStaff(user)?.role
  return role === 'editor' || role === 'admin'
}

/** Admins also manage users, roles and settings. */
export function isAdminUser(user: unknown): boolean {
  return asStaff(user)?.role === 'admin'
}
