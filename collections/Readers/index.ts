import type { CollectionConfig } from 'payload'

import { THEMES } from '@/lib/theme'

import { hiddenUnlessAdmin, readerDataAccess } from '../access/readerData'
import { deleteReaderData } from './hooks/deleteReaderData'

/**
 * Public reader accounts, created by next-auth (lib/auth/adapter.ts) when someone first signs in.
 * Readers are not staff: this is not an auth collection, so nothing here can sign in to /admin.
 */
export const Readers: CollectionConfig = {
  slug: 'readers',
  labels: { singular: 'Reader account', plural: 'Accounts' },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'createdAt'],
    group: 'Readers',
    hidden: hiddenUnlessAdmin,
    description:
      'Reader accounts. Deleting one deletes everything the reader saved and signs them out.',
  },
  access: readerDataAccess,
  graphQL: false,
  hooks: { beforeDelete: [deleteReaderData] },
  fields: [
    // Optional: some identity providers (GitHub with a private address) share no email.
    { name: 'email', type: 'email', unique: true, index: true },
    { name: 'name', type: 'text' },
    {
      name: 'image',
      type: 'text',
      admin: { description: 'Avatar URL from the identity provider.' },
    },
    { name: 'emailVerified', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'theme',
      type: 'select',
      options: [...THEMES],
      admin: { description: 'Chosen on the site; follows the reader across devices.' },
    },
    // When the theme was chosen, in the reader's browser: the later choice wins (lib/readers/preferences.ts).
    { name: 'themeChangedAt', type: 'date', admin: { readOnly: true } },
    {
      name: 'weeklyDigest',
      type: 'checkbox',
      defaultValue: false,
      admin: { description: 'Opted in on /account to a weekly email of changes to saved pages.' },
    },
  ],
}
