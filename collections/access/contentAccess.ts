import type { CollectionConfig } from 'payload'

import { anyone } from './anyone'
import { publishedOrStaff } from './publishedOrStaff'
import { canDeleteVersioned, isPublisher, isStaff } from './roles'

/**
 * Drafted content (roles, salary tables, articles): readers see what is published, staff see all,
 * any staff member drafts, and publishing is guarded by the guardPublishing hook.
 */
export const draftedContentAccess: CollectionConfig['access'] = {
  read: publishedOrStaff,
  readVersions: isStaff,
  create: isStaff,
  update: isStaff,
  delete: canDeleteVersioned,
}

/**
 * Content without drafts (authors, media): public the moment it is saved. Any staff member adds new
 * ones (nothing shows them until an editor publishes a page that uses them); changing or deleting
 * one changes live pages at once, so that is for editors.
 */
export const publicContentAccess: CollectionConfig['access'] = {
  read: anyone,
  create: isStaff,
  update: isPublisher,
  delete: isPublisher,
}
