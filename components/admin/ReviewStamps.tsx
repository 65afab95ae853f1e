import type { UIFieldServerProps } from 'payload'

import { formatDateTimeIn } from '@/lib/dates'
import { staffNames } from '@/lib/editorial/desk/types'
import { relationId } from '@/lib/platform/ids'
import { asStaff } from '@/lib/staff'

type Stamped = {
  review?: {
    requestedBy?: unknown
    requestedAt?: string | null
    commentedBy?: unknown
    commentedAt?: string | null
  } | null
  lastEditedBy?: unknown
}

/**
 * Who asked for review, who commented and who last edited, by name and in the viewer's time zone.
 * Rendered on the server: writers and editors may not read other staff accounts, so relationship
 * fields would show bare ids; names (never emails) are read here as the desk reads them.
 */
export async function ReviewStamps({ data, payload, req }: UIFieldServerProps) {
  const viewer = asStaff(req.user)
  if (!viewer) return null
  const { review, lastEditedBy } = (data ?? {}) as Stamped
  const ids = [review?.requestedBy, review?.commentedBy, lastEditedBy].map(relationId)
  const names = await staffNames(payload, ids)
  const name = (id: unknown) => names.get(relationId(id) ?? '') ?? 'a former member of staff'
  const when = (iso: string | null | undefined) => formatDateTimeIn(iso, viewer.timeZone)
  const lines = [
    review?.requestedBy
      ? `Asked by ${name(review.requestedBy)}, ${when(review.requestedAt)}`
      : null,
    review?.commentedBy
      ? `Comment by ${name(review.commentedBy)}, ${when(review.commentedAt)}`
      : null,
    lastEditedBy ? `Last edited by ${name(lastEditedBy)}` : null,
  ].filter(Boolean)
  if (lines.length === 0) return null
  return (
    <ul className="cs-stamps" data-testid="review-stamps">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  )
}
