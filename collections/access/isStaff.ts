import type { PayloadRequest } from 'payload'

import type { User } from '@/payload-types'

/** A signed-in member of staff (Payload's `users`), as opposed to an anonymous reader. */
export function staffUser(req: PayloadRequest): User | null {
  return req.user && req.user.collection === 'users' ? (req.user as User) : null
}

/** Usable both as collection access and as the admin-panel gate, which needs a plain boolean. */
export const isStaff = ({ req }: { req: PayloadRequest }): boolean => Boolean(staffUser(req))
