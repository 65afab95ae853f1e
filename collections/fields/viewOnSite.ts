import type { UIField } from 'payload'

/** A "View on site" link in the sidebar of a published document (components/admin/ViewOnSite). */
export const viewOnSiteField: UIField = {
  name: 'viewOnSite',
  type: 'ui',
  admin: {
    position: 'sidebar',
    components: { Field: '/components/admin/ViewOnSite#ViewOnSite' },
  },
}
