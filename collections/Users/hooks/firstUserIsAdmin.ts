import type { CollectionBeforeChangeHook } from 'payload'

/** The account made on the first-user screen runs the site, so it must be able to add everyone else. */
export const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req })
  return totalDocs === 0 ? { ...data, role: 'admin' } : data
}
