import type { CollectionBeforeDeleteHook } from 'payload'

/**
 * Readers' salary reports describe one career; when the career itself is deleted they can never be
 * shown or folded into a table, so they go with it, in the same transaction.
 */
export const deleteCareerReports: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({
    collection: 'salary-reports',
    where: { role: { equals: id } },
    overrideAccess: true,
    req,
  })
}
