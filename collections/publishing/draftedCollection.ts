import type { CollectionConfig, Field } from 'payload'

import type { Drafted } from '@/lib/editorial/publishing'

import { draftedContentAccess } from '../access/contentAccess'
import { viewOnSiteField } from '../fields/viewOnSite'
import { freshRowIds } from '../hooks/freshRowIds'
import { revalidateHooks } from '../hooks/revalidate'
import { reviewFields } from '../review/fields'
import { stampReview } from '../review/stampReview'
import { firstPublishedAtField, markFirstPublished } from './firstPublished'
import { guardDeletion } from './guardDeletion'
import { guardPublishing } from './guardPublishing'
import { keepWritersToDrafts } from './keepWritersToDrafts'
import { rememberLiveDoc } from './liveBefore'
import { recordWriteIntent } from './writeIntent'

type Hooks = NonNullable<CollectionConfig['hooks']>

type DraftedConfig = Omit<CollectionConfig, 'slug' | 'hooks' | 'fields' | 'access'> & {
  slug: Drafted
  /** Drafted content's access (./../access/contentAccess.ts) unless the collection narrows it. */
  access?: CollectionConfig['access']
  /** The collection's own hooks, which run inside the publishing workflow's (see below). */
  hooks?: Pick<Hooks, 'beforeValidate' | 'beforeChange' | 'beforeDelete' | 'afterChange'>
  fields: Field[]
}

/**
 * A collection editors draft, review and publish (articles, career profiles, salary tables). The
 * publishing workflow is a sequence of hooks whose order matters, owned here once:
 * - before the operation: writers are kept to drafts, and what the write does (draft or live row)
 *   is decided from its own arguments (./writeIntent.ts);
 * - before a change: fresh ids for copied rows, the publishing rule (./guardPublishing.ts), the
 *   review stamps, the first publication; then the collection's own checks, which see the stamps;
 *   last, the live row as readers saw it (./liveBefore.ts), for the hooks after the change;
 * - before a delete: the deletion rule first, then the collection's own;
 * - after a change or delete: the cache tags of every page that showed it, then the collection's own.
 * Every drafted collection ends with the same fields: view on site, review, first published.
 */
export function draftedCollection({ access, hooks = {}, fields, ...config }: DraftedConfig) {
  const revalidate = revalidateHooks(config.slug)
  return {
    ...config,
    access: access ?? draftedContentAccess,
    hooks: {
      beforeOperation: [keepWritersToDrafts, recordWriteIntent],
      ...(hooks.beforeValidate && { beforeValidate: hooks.beforeValidate }),
      beforeChange: [
        freshRowIds,
        guardPublishing,
        stampReview,
        markFirstPublished,
        ...(hooks.beforeChange ?? []),
        rememberLiveDoc,
      ],
      beforeDelete: [guardDeletion, ...(hooks.beforeDelete ?? [])],
      afterChange: [revalidate.afterChange, ...(hooks.afterChange ?? [])],
      afterDelete: [revalidate.afterDelete],
    },
    fields: [...fields, viewOnSiteField, ...reviewFields, firstPublishedAtField],
  } satisfies CollectionConfig
}
