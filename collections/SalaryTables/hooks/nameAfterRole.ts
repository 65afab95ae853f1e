import type { CollectionBeforeChangeHook } from 'payload'
import { extractID } from 'payload/shared'

import { marketInfo } from '@/lib/markets'

/** A readable title for lists and relationship pickers: "DevOps Engineer · India 2026". */
export const nameAfterRole: CollectionBeforeChangeHook = async ({ data, req }) => {
  if (!data.role) return data
  const role = await req.payload.findByID({
    collection: 'roles',
    id: extractID(data.role),
    depth: 0,
    draft: true,
    select: { title: true },
    req,
  })
  const market = marketInfo(data.market)?.label ?? data.market
  return { ...data, title: `${role.title} · ${market} ${data.year}` }
}
