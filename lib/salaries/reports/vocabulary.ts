import type { SalaryLevel } from '../../levels'
import { workplaceLabel } from '../../workplaces'
import { LAKH } from './rupees'

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
export const CITIES = [
  { value: 'bengaluru', label: 'Bengaluru' },
  { value: 'hyderabad', label: 'Hyderabad' },
  { value: 'pune', label: 'Pune' },
  { value: 'chennai', label: 'Chennai' },
  { value: 'mumbai', label: 'Mumbai' },
  { value: 'delhi-ncr', label: 'Delhi NCR' },
  { value: 'kolkata', label: 'Kolkata' },
  { value: 'ahmedabad', label: 'Ahmedabad' },
  { value: 'kochi', label: 'Kochi' },
  { value: 'other', label: 'Another city' },
  { value: 'remote', label: 'Remote' },
] as const
export type City = (typeof CITIES)[number]['value']

/** The market reports describe: the form asks for rupees. */
export const REPORT_MARKET = 'IN' as const

export const REPORT_STATUSES = [
  { value: 'pending', label: 'Waiting for review' },
  { value: 'approved', label: 'Approved' },
  { value: 'rejected', label: 'Not accepted' },
] as const
export type ReportStatus = (typeof REPORT_STATUSES)[number]['value']

export const REPORT_FLAGS = [
  { value: 'outlier', label: 'Far from the approved median (3 × MAD)' },
  { value: 'implausible', label: 'Unusual for the level' },
  { value: 'burst', label: 'Many reports at once from one reader or address' },
  { value: 'duplicate', label: 'Same figures as another report' },
  { value: 'changed', label: 'Changed after it had counted' },
  { value: 'new-account', label: 'From a new account' },
] as const
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

export const labelOf = <T extends { value: string; label: string }>(
  list: readonly T[],
  value: string | null | undefined,
): string => list.find((item) => item.value === value)?.label ?? value ?? ''
