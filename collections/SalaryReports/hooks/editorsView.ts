import type { FieldHook } from 'payload'

import { relationId } from '@/lib/platform/ids'
import { rounded } from '@/lib/salaries/reports/stats'
import { MIN_COHORT } from '@/lib/salaries/reports/vocabulary'
import { asStaff } from '@/lib/staff'

/**
 * What staff see of a report is less than the reader sent: enough to judge it, not enough to name a
 * colleague. Reads by the server itself (overrideAccess: the statistics, the reader's own account
 * page, the export) get the exact values.
 */
const viewedByStaff = ({ req, overrideAccess }: Parameters<FieldHook>[0]) =>
  !overrideAccess && asStaff(req.user) !== null

/** Amounts to the nearest ₹10,000, the precision of published figures. */
export const roundedForStaff: FieldHook = (args) => {
  const { value } = args
  if (typeof value !== 'number' || !viewedByStaff(args)) return value
  return rounded(value)
}

type CityCounts = Map<string, number>

/**
 * How many approved reports of a career give each city: read once per career and request,
 * so a list of fifty reports costs one query per career on it.
 */
async function cityCounts(args: Parameters<FieldHook>[0], role: string): Promise<CityCounts> {
  const memo = ((args.req.context.reportCities as Record<string, Promise<CityCounts>>) ??= {})
  memo[role] ??= args.req.payload
    .find({
      collection: 'salary-reports',
      // Approved reports only: waiting ones are anyone's to send, and four of them in a guessed city
      // would reveal whether a fifth reporter is there.
      where: { and: [{ role: { equals: role } }, { status: { equals: 'approved' } }] },
      select: { city: true },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req: args.req,
    })
    .then(({ docs }) => {
      const counts: CityCounts = new Map()
      for (const { city } of docs) counts.set(city, (counts.get(city) ?? 0) + 1)
      return counts
    })
  return memo[role]
}

/** A city only where five or more approved reports of the same career share it. */
export const cityForStaff: FieldHook = async (args) => {
  const { value, data } = args
  if (typeof value !== 'string' || !viewedByStaff(args)) return value
  const role = relationId((data as { role?: unknown } | undefined)?.role)
  if (!role) return null
  const counts = await cityCounts(args, role)
  return (counts.get(value) ?? 0) >= MIN_COHORT ? value : null
}
