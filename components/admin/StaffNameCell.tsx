import type { DefaultServerCellComponentProps } from 'payload'
import { cache } from 'react'

import { staffNames } from '@/lib/editorial/desk/types'
import { relationId } from '@/lib/platform/ids'

/** Every staff name, read once per request for a whole list page (there are few staff). */
const allStaffNames = cache((payload: DefaultServerCellComponentProps['payload']) =>
  staffNames(payload, null),
)

/**
 * A staff member's name in a list column, for viewers who may not read other staff accounts. Only
 * rendered in the admin's list views, which only staff can open.
 */
export async function StaffNameCell({ cellData, payload }: DefaultServerCellComponentProps) {
  const id = relationId(cellData)
  if (!id) return <span>—</span>
  return <span>{(await allStaffNames(payload)).get(id) ?? '—'}</span>
}
