import { redirectsPlugin } from '@payloadcms/plugin-redirects'
import { searchPlugin } from '@payloadcms/plugin-search'
import { seoPlugin } from '@payloadcms/plugin-seo'
import type { Plugin } from 'payload'

import { anyone } from '@/collections/access/anyone'
import { isPublisher } from '@/collections/access/roles'
import { revalidateHooks } from '@/collections/hooks/revalidate'
import { articlePath, rolePath } from '@/lib/paths'
import { serverUrl } from '@/lib/platform/env'
import { fallbackDescription, fallbackTitle, type SeoCollection } from '@/lib/seo/fallbacks'

import { guardEveryCollection } from './guards'
import { redirectFields } from './redirects/fields'
import { searchFields, searchSync } from './search/sync'
import { seoFields } from './seo/fields'

const redirectsRevalidate = revalidateHooks('redirects')

/** Per-document SEO fields, a search index of published pages, and editable redirects. */
export const plugins: Plugin[] = [
  seoPlugin({
    collections: ['roles', 'articles'],
    uploadsCollection: 'media',
    // The same fallbacks the pages publish (the admin's SEO panel fills these in without a request).
    generateTitle: ({ doc, collectionSlug }) => fallbackTitle(collectionSlug as SeoCollection, doc),
    generateDescription: ({ doc, collectionSlug }) =>
      fallbackDescription(collectionSlug as SeoCollection, doc),
    fields: ({ defaultFields }) => seoFields(defaultFields),
    generateURL: ({ doc, collectionSlug }) => {
      const d = doc as { slug?: string; kind?: string }
      const path = collectionSlug === 'roles' ? rolePath(d.slug ?? '') : articlePath(d)
      return `${serverUrl()}${path ?? '/'}`
    },
  }),
  searchPlugin({
    collections: ['roles', 'articles'],
    defaultPriorities: { articles: 10, roles: 20 },
    beforeSync: searchSync,
    searchOverrides: {
      admin: {
        group: 'Settings',
        description:
          'Built automatically from published career profiles and articles; drafts are never indexed.',
      },
      access: {
        read: anyone,
        create: isPublisher,
        update: isPublisher,
        delete: isPublisher,
      },
      // Search is read uncached (lib/content/search.ts): nothing to revalidate.
      fields: ({ defaultFields }) => [...defaultFields, ...searchFields],
    },
  }),
  redirectsPlugin({
    collections: ['roles', 'articles'],
    redirectTypes: ['301', '308'],
    overrides: {
      admin: {
        group: 'Settings',
        description:
          'Old addresses that send readers on (permanently, and browsers remember). Renaming a published page adds one here by itself; editors add their own.',
      },
      // A redirect changes what readers get at once, and browsers cache it: editors only.
      access: {
        read: anyone,
        create: isPublisher,
        update: isPublisher,
        delete: isPublisher,
      },
      fields: ({ defaultFields }) => redirectFields(defaultFields),
      // Public pages read redirects as one cached map (lib/content/redirects.ts).
      hooks: {
        afterChange: [redirectsRevalidate.afterChange],
        afterDelete: [redirectsRevalidate.afterDelete],
      },
    },
  }),
  guardEveryCollection,
]
