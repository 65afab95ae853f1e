import type { CollectionConfig } from 'payload'

import { DEFAULT_TIME_ZONE, STAFF_TIME_ZONES } from '@/lib/dates'

import { isAdmin, isAdminOrSelf, isStaff } from '../access/roles'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { keepAnAdminOnDelete, keepAnAdminOnDemote } from './hooks/keepAnAdmin'
import { limitLogins, refundSuccessfulLogin } from './hooks/limitLogins'

/** Staff accounts. Readers never live here: they have their own collection and no admin access. */
export const Users: CollectionConfig = {
  slug: 'users',
  // Staff session cookies travel over https only in production (browsers treat localhost as secure,
  // so a local production build still signs in); Lax keeps them off cross-site POSTs.
  auth: { cookies: { secure: process.env.NODE_ENV === 'production', sameSite: 'Lax' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role', 'updatedAt'],
    group: 'Settings',
  },
  access: {
    admin: isStaff,
    // Writers and editors see only themselves; admins see everyone.
    read: isAdminOrSelf,
    create: isAdmin,
    update: isAdminOrSelf,
    delete: isAdmin,
    // Payload lets any signed-in user of the collection clear another's login lockout (advisory
    // GHSA-jg8r-5jh2-v2xj), and its 200-or-403 would tell a writer which staff emails exist.
    unlock: isAdmin,
  },
  hooks: {
    beforeOperation: [limitLogins],
    afterLogin: [refundSuccessfulLogin],
    beforeChange: [firstUserIsAdmin, keepAnAdminOnDemote],
    beforeDelete: [keepAnAdminOnDelete],
  },
  fields: [
    { name: 'name', type: 'text', required: true },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'writer',
      saveToJWT: true,
      options: [
        { label: 'Admin — manages users and settings', value: 'admin' },
        { label: 'Editor — publishes', value: 'editor' },
        { label: 'Writer — drafts', value: 'writer' },
      ],
      access: { create: isAdmin, update: isAdmin },
      admin: {
        position: 'sidebar',
        description: 'Only admins can change roles. The first user is always an admin.',
        // On the create-first-user screen it says "Admin" rather than offer "Writer".
        components: { Field: '/components/admin/RoleField#RoleField' },
      },
    },
    {
      name: 'timeZone',
      label: 'Time zone',
      type: 'select',
      defaultValue: DEFAULT_TIME_ZONE,
      options: [...STAFF_TIME_ZONES],
      admin: {
        position: 'sidebar',
        description:
          'Your desk and scheduled publishing times are shown in this zone. Payload’s own screens (the document header, lists, versions) use your browser’s zone, and say which.',
      },
    },
  ],
}
