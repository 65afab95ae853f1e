import { ValidationError, type CollectionBeforeValidateHook } from 'payload'
import { extractID } from 'payload/shared'

/**
 * Two tables for the same role, market and year would give readers two different answers; the
 * database cannot express this across drafts, so it is checked here with a message that names the fix.
 * A role that does not exist is also refused here, with a message rather than a foreign-key error.
 */
export const oneTablePerRoleMarketYear: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data }
  if (!merged.role || !merged.market || !merged.year) return data
  const roleId = extractID(merged.role)
  const role = await req.payload.find({
    collection: 'roles',
    where: { id: { equals: roleId } },
    draft: true,
    depth: 0,
    limit: 1,
    pagination: false,
    select: { title: true },
    req,
  })
  if (role.docs.length === 0) {
    throw new ValidationError({
      collection: 'salary-tables',
      errors: [{ path: 'role', message: 'This career profile does not exist (it may have been deleted). Choose another.' }],
    })
  }
  const clash = await req.payload.find({
    collection: 'salary-tables',
    where: {
      and: [
        { role: { equals: roleId } },
        { market: { equals: merged.market } },
        { year: { equals: merged.year } },
        ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
      ],
    },
    depth: 0,
    limit: 1,
    pagination: false,
    select: { title: true },
    req,
  })
  if (clash.docs.length > 0) {
    throw new ValidationError({
      collection: 'salary-tables',
      errors: [
        {
          path: 'year',
          message: `"${clash.docs[0]?.title}" already covers this role, market and year. Edit that table instead of adding another.`,
        },
      ],
    })
  }
  return data
}
