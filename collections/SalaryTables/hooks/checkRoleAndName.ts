import { type CollectionBeforeValidateHook, ValidationError } from 'payload'
import { extractID } from 'payload/shared'

import { marketInfo } from '@/lib/markets'

/**
 * The one read of a table's role on every save: a role that does not exist is refused with a message
 * rather than a foreign-key error; a second table for the same role, market and year (two answers for
 * readers, which the database cannot forbid across drafts) is refused with a message that names the
 * fix; and the table is named after the role for lists and pickers ("DevOps Engineer · India 2026").
 */
export const checkRoleAndName: CollectionBeforeValidateHook = async ({
  data,
  originalDoc,
  req,
}) => {
  const merged = { ...originalDoc, ...data }
  if (!merged.role || !merged.market || !merged.year) return data
  const roleId = extractID(merged.role)
  // The live row, not a pending draft: the title is public, a draft's new name is not yet.
  const role = await req.payload.find({
    collection: 'roles',
    where: { id: { equals: roleId } },
    draft: false,
    depth: 0,
    limit: 1,
    pagination: false,
    select: { title: true },
    req,
  })
  if (role.docs.length === 0) {
    throw new ValidationError({
      collection: 'salary-tables',
      errors: [
        {
          path: 'role',
          message: 'This career profile does not exist (it may have been deleted). Choose another.',
        },
      ],
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
  const market = marketInfo(merged.market)?.label ?? merged.market
  return { ...data, title: `${role.docs[0]?.title} · ${market} ${merged.year}` }
}
