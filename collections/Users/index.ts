import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminField, isAdminOrSelf } from '../access/isAdmin'
import { isStaff } from '../access/isStaff'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'

/** Staff accounts. Readers never live here: they have their own collection and no admin access. */
export const Users: CollectionConfig = {
  slug: 'users',
  auth: true,
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role', 'updatedAt'],
    group: 'Settings',
  },
  access: {
    admin: isStaff,
    read: isStaff,
    create: isAdmin,
    update: isAdminOrSelf,
    delete: isAdmin,
  },
  hooks: {
    beforeChange: [firstUserIsAdmin],
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
      access: { create: isAdminField, update: isAdminField },
      admin: { position: 'sidebar', description: 'Only admins can change roles. The first user is always an admin.' },
    },
  ],
}
