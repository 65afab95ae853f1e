import type { CollectionConfig } from 'payload'

import { anyone } from './anyone'
import { publishedOrStaff } from './publishedOrStaff'
import { canDeleteVersioned, isEditorOrAdmin, isStaff } from './roles'

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

/** Content without drafts (authors, media): public, edited by staff, deleted by editors. */
export const publicContentAccess: CollectionConfig['access'] = {
  read: anyone,
  create: isStaff,
  update: isStaff,
  delete: isEditorOrAdmin,
}
