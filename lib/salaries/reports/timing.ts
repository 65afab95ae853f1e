/**
 * When a reader's salary report counts in the published figures, and when its author may change it.
 * Pure, so every rule is unit-tested; the threat model these rules answer is docs/salary-reports.md.
 *
 * - Figures move only at publication points (Mondays 00:00 IST by default): an approved report
 *   counts from the first point after its approval, so a week's approvals arrive together and no
 *   single approval can be watched on its own.
 * - A report from a new account counts only once the account is 30 days old: accounts made to
 *   surround someone in a cohort take a month before they show anything.
 * - A report that has counted may change (an edit, or a withdrawal and a new report for the same
 *   career and year) once a year: each change is the one way to learn something new about the
 *   others in its cohort, so changes are rationed.
 */

const DAY_MS = 86_400_000
type Env = Record<string, string | undefined>

/** Monday 1970-01-05 00:00 IST (Sunday 18:30 UTC): publication points fall a whole period after it. */
const ANCHOR_MS = Date.UTC(1970, 0, 4, 18, 30)

const wholeNumber = (value: string | undefined, fallback: number, name: string) => {
  if (value === undefined || value === '') return fallback
  if (!/^\d{1,9}$/.test(value)) throw new Error(`${name} must be a whole number, not "${value}".`)
  return Number(value)
}

export type ReportTiming = {
  /** Time between publication points. */
  periodMs: number
  /** How old an account must be before its reports count. */
  accountWaitMs: number
  /** How long after one change a counted report may change again. */
  changeEveryMs: number
}

/**
 * READER_FIGURES_EVERY_SECONDS (default a week; 0: no publication points, an approval counts at
 * once) and READER_REPORT_ACCOUNT_WAIT_DAYS (default 30) shorten the waits for tests and trials;
 * both weaken the protection, as the docs say.
 */
export function reportTiming(env: Env = process.env): ReportTiming {
  const seconds = wholeNumber(
    env.READER_FIGURES_EVERY_SECONDS,
    7 * 86_400,
    'READER_FIGURES_EVERY_SECONDS',
  )
  return {
    periodMs: seconds * 1000,
    accountWaitMs:
      wholeNumber(env.READER_REPORT_ACCOUNT_WAIT_DAYS, 30, 'READER_REPORT_ACCOUNT_WAIT_DAYS') *
      DAY_MS,
    changeEveryMs: 365 * DAY_MS,
  }
}

/** The first publication point at or after a moment. */
export function publicationPoint(at: Date, { periodMs }: Pick<ReportTiming, 'periodMs'>): Date {
  if (periodMs === 0) return at
  const periods = Math.ceil((at.getTime() - ANCHOR_MS) / periodMs)
  return new Date(ANCHOR_MS + periods * periodMs)
}

/** When an approved report starts to count: the first point once it is approved and its account is old enough. */
export function countsFrom(
  approvedAt: Date,
  accountCreatedAt: Date | null,
  timing: ReportTiming,
): Date {
  const accountReady = (accountCreatedAt?.getTime() ?? 0) + timing.accountWaitMs
  return publicationPoint(new Date(Math.max(approvedAt.getTime(), accountReady)), timing)
}

/** What the change rule needs to know of a report. */
export type ChangeHistory = {
  /** When an editor first approved it; null if it has never counted. */
  firstApprovedAt?: string | null
  /** When its author last changed it after that. */
  changedAt?: string | null
}

/**
 * The earliest moment a report may change again, or null if it may change now. A report that never
 * counted changes freely (nothing was published from it); a counted one once a year.
 */
export function nextChangeAllowed(
  report: ChangeHistory,
  now: Date,
  { changeEveryMs }: Pick<ReportTiming, 'changeEveryMs'>,
): Date | null {
  if (!report.firstApprovedAt || !report.changedAt) return null
  const next = new Date(new Date(report.changedAt).getTime() + changeEveryMs)
  return next > now ? next : null
}

/** After withdrawing a counted report, when a new one for the same career and year may be sent. */
export const resendAllowedFrom = (withdrawnAt: Date, timing: Pick<ReportTiming, 'changeEveryMs'>) =>
  new Date(withdrawnAt.getTime() + timing.changeEveryMs)
