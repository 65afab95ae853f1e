import type { Access } from 'payload'

import { staffUser } from './roles'

/**
 * Staff read everything; everyone else reads published documents only. Payload's default read access
 * is "any signed-in user", and `draft: false` alone still returns never-published documents
 * (payloadcms/payload#14750), so anonymous reads are constrained here, for every API at once.
 */
export const publishedOrStaff: Access = ({ req }) => {
  if (staffUser(req)) return true
  return { _status: { equals: 'published' } }
}
