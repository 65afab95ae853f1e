import type { CollectionConfig } from 'payload'

import { publicContentAccess } from '../access/contentAccess'
import { slugField } from '../fields/slug'
import { revalidateHooks } from '../hooks/revalidate'

const revalidate = revalidateHooks('authors')

/**
 * Public bylines. Kept apart from staff `users` so that a reader-facing name and bio never expose a
 * staff login, email or role, and a guest author needs no account.
 */
export const Authors: CollectionConfig = {
  slug: 'authors',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'jobTitle', 'updatedAt'],
    group: 'Content',
  },
  access: publicContentAccess,
  hooks: { afterChange: [revalidate.afterChange], afterDelete: [revalidate.afterDelete] },
  fields: [
    { name: 'name', type: 'text', required: true },
    slugField('name'),
    {
      name: 'jobTitle',
      type: 'text',
      admin: { description: 'e.g. "Senior editor, engineering careers".' },
    },
    { name: 'bio', type: 'textarea', maxLength: 400 },
    { name: 'photo', type: 'upload', relationTo: 'media' },
    {
      name: 'user',
      type: 'relationship',
      relationTo: 'users',
      admin: {
        position: 'sidebar',
        description: 'The staff account that writes as this author, if any.',
      },
    },
  ],
}
