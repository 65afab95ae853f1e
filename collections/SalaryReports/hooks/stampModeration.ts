import type { CollectionBeforeChangeHook } from 'payload'

import { countsFrom, reportTiming } from '@/lib/salaries/reports/timing'
import { asStaff } from '@/lib/staff'

const dateOrNull = (value: unknown) => (typeof value === 'string' ? new Date(value) : null)

/**
 * When an editor changes a report's status, record who and when (staff-only fields), and keep a
 * reason only on a rejection: approving a report after a rejection clears the old reason, so the
 * reader never reads a refusal for a report that counts. An approval also says when the report
 * starts to count — the next publication point, once its account is old enough
 * (lib/salaries/reports/timing.ts) — and the first approval is kept, for the yearly change limit.
 */
export const stampModeration: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const user = asStaff(req.user)
  // A save that leaves the status out (a PATCH of the reason alone) keeps it.
  const status = data.status ?? originalDoc?.status
  if (!user || !originalDoc || status === originalDoc.status) return data
  const now = new Date()
  const approved = status === 'approved'
  return {
    ...data,
    moderatedAt: now.toISOString(),
    moderatedBy: user.id,
    rejectionReason: data.status === 'rejected' ? data.rejectionReason : null,
    countsFrom: approved
      ? countsFrom(now, dateOrNull(originalDoc.accountCreatedAt), reportTiming()).toISOString()
      : null,
    firstApprovedAt: originalDoc.firstApprovedAt ?? (approved ? now.toISOString() : null),
  }
}
