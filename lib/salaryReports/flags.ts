import type { Payload } from 'payload'

import { levelInfo } from '../levels'
import { approvedCohortPay } from './figures'
import type { ReportInput } from './input'
import { lakhText } from './rupees'
import { outlierCheck } from './stats'
import { LEVEL_LIMITS, REPORT_MARKET, type ReportFlag } from './vocabulary'

const MINUTE = 60_000
/** More than this many other reports from one reader, or one network, in the window is a burst. */
const BURST = {
  readerWindowMs: 10 * MINUTE,
  readerCount: 2,
  addressWindowMs: 60 * MINUTE,
  addressCount: 3,
}

type Context = { readerId: number | string; fingerprint: string; editing?: number | string }

/**
 * The flags editors see on a report as it arrives, each with a note saying why: far from the approved
 * median, unusual for the level, part of a burst, or the same figures as someone else's report.
 */
export async function flagReport(
  payload: Payload,
  report: Omit<ReportInput, 'role'> & { role: number | string },
  { readerId, fingerprint, editing }: Context,
): Promise<{ flags: ReportFlag[]; notes: string[] }> {
  const flags: ReportFlag[] = []
  const notes: string[] = []
  const notThis = editing === undefined ? [] : [{ id: { not_equals: editing } }]
  const count = async (where: object[]) =>
    (
      await payload.count({
        collection: 'salary-reports',
        where: { and: [...where, ...notThis] } as never,
        overrideAccess: true,
      })
    ).totalDocs

  const since = (ms: number) => new Date(Date.now() - ms).toISOString()
  const [cohort, fromReader, fromAddress, duplicates] = await Promise.all([
    approvedCohortPay(payload, { ...report, market: REPORT_MARKET }, editing),
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
      { ctc: { equals: report.ctc } },
      { fixed: { equals: report.fixed } },
    ]),
  ])

  const outlier = outlierCheck(report.ctc, cohort)
  if (outlier) {
    flags.push('outlier')
    notes.push(
      `CTC ${lakhText(report.ctc)} is more than 3 × MAD from the median of ${cohort.length} approved reports (${lakhText(outlier.median)}, MAD ${lakhText(outlier.mad)}).`,
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
      `${duplicates} other report(s) give exactly the same career, year, level, CTC and fixed pay.`,
    )
  }
  return { flags, notes }
}
