import { choices } from '../../choices'
import type { SalaryLevel } from '../../levels'
import { workplaceLabel } from '../../workplaces'
import { LAKH } from '../rupees'

/**
 * The words salary reports are made of: where people work, how a report stands with the editors,
 * why one is flagged, and the limits a figure must sit within. One list each, for the form, the
 * admin, the statistics and the pages.
 */

/** The kinds of workplace profiles describe (lib/workplaces.ts), agencies counted under "Other". */
export const COMPANY_TYPES = [
  ...(['it-services', 'product', 'startup', 'gcc'] as const).map((value) => ({
    value,
    label: workplaceLabel(value),
  })),
  { value: 'other', label: 'Other' },
] as const
export type CompanyType = (typeof COMPANY_TYPES)[number]['value']

/** Reports are in rupees for now, so the cities are India's; "Other" and "Remote" keep everyone in. */
export const CITIES = choices({
  bengaluru: 'Bengaluru',
  hyderabad: 'Hyderabad',
  pune: 'Pune',
  chennai: 'Chennai',
  mumbai: 'Mumbai',
  'delhi-ncr': 'Delhi NCR',
  kolkata: 'Kolkata',
  ahmedabad: 'Ahmedabad',
  kochi: 'Kochi',
  other: 'Another city',
  remote: 'Remote',
})
export type City = (typeof CITIES)[number]['value']

/** The market reports describe: the form asks for rupees. */
export const REPORT_MARKET = 'IN' as const

export const REPORT_STATUSES = choices({
  pending: 'Waiting for review',
  approved: 'Approved',
  rejected: 'Not accepted',
})
export type ReportStatus = (typeof REPORT_STATUSES)[number]['value']

export const REPORT_FLAGS = choices({
  outlier: 'Far from the approved median (3 × MAD)',
  implausible: 'Unusual for the level',
  burst: 'Many reports at once from one reader or address',
  duplicate: 'Same figures as another report',
  changed: 'Changed after it had counted',
  'new-account': 'From a new account',
  'in-hand': 'In-hand far from what the CTC implies',
})
export type ReportFlag = (typeof REPORT_FLAGS)[number]['value']

/** Fewer approved reports than this and a cohort is never shown, anywhere. */
export const MIN_COHORT = 5

/** How far a cohort's figure can be trusted, by its number of reports. */
export const CONFIDENCE_TIERS = [
  { value: 'high', label: 'High confidence', from: 50 },
  { value: 'medium', label: 'Medium confidence', from: 15 },
  { value: 'low', label: 'Low confidence', from: MIN_COHORT },
] as const
export type ConfidenceTier = (typeof CONFIDENCE_TIERS)[number]['value']

/**
 * Annual CTC in rupees per level. `accepted` is what the form takes at all (a figure outside it is
 * almost surely a slip: monthly instead of yearly, a zero too many); `plausible` is what editors
 * expect, and a report outside it is flagged for a closer look, not refused.
 */
export const LEVEL_LIMITS: Record<
  SalaryLevel,
  { accepted: [number, number]; plausible: [number, number] }
> = {
  fresher: { accepted: [1 * LAKH, 60 * LAKH], plausible: [2 * LAKH, 30 * LAKH] },
  mid: { accepted: [2 * LAKH, 150 * LAKH], plausible: [4 * LAKH, 70 * LAKH] },
  senior: { accepted: [3 * LAKH, 300 * LAKH], plausible: [8 * LAKH, 150 * LAKH] },
  staff: { accepted: [5 * LAKH, 600 * LAKH], plausible: [15 * LAKH, 300 * LAKH] },
}

/** Reports may describe this year's pay or the two years before it. */
export const REPORT_YEARS_BACK = 2
