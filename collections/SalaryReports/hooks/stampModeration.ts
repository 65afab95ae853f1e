import type { CollectionBeforeChangeHook } from 'payload'

import { asStaff } from '@/lib/staff'

/**
 * When an editor changes a report's status, record who and when (staff-only fields), and keep a
 * reason only on a rejection: approving a report after a rejection clears the old reason, so the
 * reader never reads a refusal for a report that counts.
 */
export const stampModeration: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const user = asStaff(req.user)
  // A save that leaves the status out (a PATCH of the reason alone) keeps it.
  const status = data.status ?? originalDoc?.status
  if (!user || !originalDoc || status === originalDoc.status) return data
  return {
    ...data,
    moderatedAt: new Date().toISOString(),
    moderatedBy: user.id,
    rejectionReason: data.status === 'rejected' ? data.rejectionReason : null,
  }
}
