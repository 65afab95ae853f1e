import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { publicContentAccess } from '../access/contentAccess'
import { revalidateHooks } from '../hooks/revalidate'

const revalidate = revalidateHooks('media')

/** Images used on articles and profiles. Alt text is required: every image on the site is described. */
export const Media: CollectionConfig = {
  slug: 'media',
  admin: { group: 'Content', defaultColumns: ['filename', 'alt', 'updatedAt'] },
  access: publicContentAccess,
  hooks: { afterChange: [revalidate.afterChange], afterDelete: [revalidate.afterDelete] },
  upload: {
    // Every instance must see every upload: MEDIA_DIR names a directory they share (an NFS or
    // similar mount); ./media beside the app otherwise.
    staticDir: path.resolve(process.cwd(), process.env.MEDIA_DIR || 'media'),
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp', 'image/avif'],
    focalPoint: true,
    imageSizes: [
      { name: 'card', width: 640, height: 360, position: 'centre' },
      { name: 'hero', width: 1600, height: 900, position: 'centre' },
      { name: 'og', width: 1200, height: 630, position: 'centre' },
    ],
    adminThumbnail: 'card',
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      admin: { description: 'What the image shows, for readers using screen readers and when it fails to load.' },
    },
    { name: 'credit', type: 'text', admin: { description: 'Photographer or source, if attribution is required.' } },
  ],
}
