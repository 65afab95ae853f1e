import type { Payload } from 'payload'

import { formatDate } from '../../dates'
import { levelInfo } from '../../levels'
import { LAKH, lakhText } from '../rupees'
import { approvedCohortPay } from './figures'
import { inHandProblem } from './inHand'
import type { ReportInput } from './input'
import { FIGURE_ROUNDING, outlierCheck, rounded } from './stats'
import { countsFrom, reportTiming } from './timing'
import { LEVEL_LIMITS, REPORT_MARKET, type ReportFlag } from './vocabulary'

const MINUTE = 60_000
/** More than this many other reports from one reader, or one network, in the window is a burst. */
const BURST = {
  readerWindowMs: 10 * MINUTE,
  readerCount: 2,
  addressWindowMs: 60 * MINUTE,
  addressCount: 3,
}

/** Editors see amounts to ₹10,000 (collections/SalaryReports/hooks/editorsView.ts). */
const withinRounding = (field: 'ctc' | 'fixed', value: number) => {
  const shown = rounded(value)
  return [
    { [field]: { greater_than_equal: shown - FIGURE_ROUNDING / 2 } },
    { [field]: { less_than: shown + FIGURE_ROUNDING / 2 } },
  ]
}

/** A cohort's median or spread in a note: to the lakh, no finer than a page would show. */
const toLakh = (rupees: number) => Math.round(rupees / LAKH) * LAKH

type Context = {
  readerId: number | string
  fingerprint: string
  /** The report being replaced, when the reader edits one. */
  editing?: { id: number | string; firstApprovedAt?: string | null }
  /** Changes after it first counted, this one included. */
  changes: number
  accountCreatedAt: string | null
  now: Date
}

/**
 * The flags editors see on a report as it arrives, each with a note saying why: far from the approved
 * median, unusual for the level, part of a burst, the same figures as someone else's report, a
 * change to a report that had counted, an in-hand far from what the CTC implies, or an account too
 * new for its report to count yet.
 */
export async function flagReport(
  payload: Payload,
  report: Omit<ReportInput, 'role'> & { role: number | string },
  { readerId, fingerprint, editing, changes, accountCreatedAt, now }: Context,
): Promise<{ flags: ReportFlag[]; notes: string[] }> {
  const flags: ReportFlag[] = []
  const notes: string[] = []
  const count = async (where: object[]) =>
    (
      await payload.count({
        collection: 'salary-reports',
        where: { and: where } as never,
        overrideAccess: true,
      })
    ).totalDocs

  const since = (ms: number) => new Date(now.getTime() - ms).toISOString()
  const [cohort, fromReader, fromAddress, duplicates] = await Promise.all([
    approvedCohortPay(payload, { ...report, market: REPORT_MARKET }, editing?.id),
    // The report being edited counts too: its last send is the reader's, and ten edits are a burst.
    count([
      { reader: { equals: readerId } },
      { submittedAt: { greater_than: since(BURST.readerWindowMs) } },
    ]),
    count([
      { addressFingerprint: { equals: fingerprint } },
      { reader: { not_equals: readerId } },
      { submittedAt: { greater_than: since(BURST.addressWindowMs) } },
    ]),
    count([
      { reader: { not_equals: readerId } },
      { role: { equals: report.role } },
      { year: { equals: report.year } },
      { level: { equals: report.level } },
      // The same to ₹10,000, the precision editors see: an exact match would let an editor who also
      // reports, editing their own waiting report, test another's exact pay.
      ...withinRounding('ctc', report.ctc),
      ...withinRounding('fixed', report.fixed),
    ]),
  ])

  const outlier = outlierCheck(report.ctc, cohort)
  if (outlier) {
    flags.push('outlier')
    notes.push(
      `CTC ${lakhText(report.ctc)} is more than 3 × MAD from the median of ${cohort.length} approved reports (about ${lakhText(toLakh(outlier.median))}, MAD about ${lakhText(toLakh(outlier.mad))}).`,
    )
  }
  const [low, high] = LEVEL_LIMITS[report.level].plausible
  if (report.ctc < low || report.ctc > high) {
    flags.push('implausible')
    notes.push(
      `CTC ${lakhText(report.ctc)} is outside the usual ${lakhText(low)}–${lakhText(high)} for ${levelInfo(report.level)!.label}.`,
    )
  }
  if (fromReader >= BURST.readerCount || fromAddress >= BURST.addressCount) {
    flags.push('burst')
    notes.push(
      fromReader >= BURST.readerCount
        ? `The same contributor sent ${fromReader} other reports in the last 10 minutes.`
        : `${fromAddress} reports from other readers came from the same network in the last hour.`,
    )
  }
  if (duplicates > 0) {
    flags.push('duplicate')
    notes.push(
      `${duplicates} other report(s) give the same career, year, level, CTC and fixed pay (to ₹10,000).`,
    )
  }
  if (changes > 0) {
    flags.push('changed')
    notes.push(
      `Changed by its author after it had counted (change ${changes}, first approved ${formatDate(editing?.firstApprovedAt)}). Changes are limited to one a year; a reader who changes a report watches what the published figures do.`,
    )
  }
  const inHand = inHandProblem(report)
  if (inHand) {
    flags.push('in-hand')
    notes.push(inHand)
  }
  const timing = reportTiming()
  const ready = accountCreatedAt ? countsFrom(now, new Date(accountCreatedAt), timing) : null
  if (ready && ready.getTime() - now.getTime() > timing.periodMs) {
    flags.push('new-account')
    notes.push(
      `Sent from a new account: if approved, it counts only once the account is ${Math.round(timing.accountWaitMs / 86_400_000)} days old. Several new accounts in one cohort may be one person.`,
    )
  }
  return { flags, notes }
}
