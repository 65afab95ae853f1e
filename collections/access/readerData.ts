import type { ClientUser, CollectionConfig } from 'payload'

import { isAdminUser } from '@/lib/staff'

import { isAdmin } from './roles'

const nobody = () => false

/**
 * Reader accounts and what readers keep (saves, progress, sign-in records). Readers are not Payload
 * users: they reach their own data only through the reader routes in app/api/reader, which scope
 * every query to the signed-in reader. Through Payload (admin, REST), only admins may look and
 * delete — to answer a support or erasure request — and nobody writes.
 */
export const readerDataAccess: CollectionConfig['access'] = {
  read: isAdmin,
  create: nobody,
  update: nobody,
  delete: isAdmin,
}

/** The same rules for records nobody should browse, not even admins: sessions and one-time tokens. */
export const internalOnlyAccess: CollectionConfig['access'] = {
  read: nobody,
  create: nobody,
  update: nobody,
  delete: nobody,
}

/** Writers and editors never see the reader collections in the admin's navigation. */
export const hiddenUnlessAdmin = ({ user }: { user: ClientUser | null }) => !isAdminUser(user)
