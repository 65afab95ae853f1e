import type { CollectionConfig } from 'payload'

import { isStaff } from '../access/roles'

/**
 * The last weekly check of each learning resource's address (payload/jobs/tasks/checkResources.ts):
 * written by the job only, read by staff on the editors' desk. One row per address, however many
 * stages list it.
 */
export const ResourceChecks: CollectionConfig = {
  slug: 'resource-checks',
  labels: { singular: 'Resource check', plural: 'Resource checks' },
  admin: {
    group: 'System',
    useAsTitle: 'url',
    defaultColumns: ['url', 'outcome', 'status', 'checkedAt'],
  },
  access: { read: isStaff, create: () => false, update: () => false, delete: () => false },
  graphQL: false,
  fields: [
    { name: 'url', type: 'text', required: true, unique: true, admin: { readOnly: true } },
    {
      name: 'outcome',
      type: 'select',
      required: true,
      options: ['ok', 'moved', 'dead', 'timeout'],
      admin: { readOnly: true },
    },
    { name: 'status', type: 'number', admin: { readOnly: true } },
    { name: 'location', type: 'text', admin: { readOnly: true } },
    { name: 'checkedAt', type: 'date', required: true, admin: { readOnly: true } },
  ],
}
