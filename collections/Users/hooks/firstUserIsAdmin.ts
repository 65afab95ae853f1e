import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import type { User } from '@/payload-types'

const noUsersYet = async (req: PayloadRequest) =>
  (await req.payload.count({ collection: 'users', req })).totalDocs === 0

/** The account made on the first-user screen runs the site, so it must be able to add everyone else. */
export const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  return (await noUsersYet(req)) ? { ...data, role: 'admin' } : data
}

/** What the role field shows before anyone picks: "Admin" on the first-user screen, else "Writer". */
export const roleForNewUser = async ({ req }: { req: PayloadRequest }): Promise<User['role']> =>
  (await noUsersYet(req)) ? 'admin' : 'writer'
