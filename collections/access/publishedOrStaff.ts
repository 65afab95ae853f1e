import type { Access, Where } from 'payload'

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

/**
 * A salary table is public only while both it and its career are published: a table of a career
 * still in draft (or unpublished) would otherwise show readers the career's name and pay through
 * the API before the career itself is out.
 */
export const publishedWithPublicCareer: Access = ({ req }) => {
  if (staffUser(req)) return true
  const where: Where = {
    and: [{ _status: { equals: 'published' } }, { 'role._status': { equals: 'published' } }],
  }
  return where
}
