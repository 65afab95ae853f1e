import { SiteLink } from '@/components/SiteLink'
import { labelOf } from '@/lib/choices'
import { formatDate } from '@/lib/dates'
import { levelInfo } from '@/lib/levels'
import { contributePath, SITE_PATHS } from '@/lib/paths'
import type { OwnReport } from '@/lib/readers/salaryReports'
import { MIN_COHORT, REPORT_STATUSES } from '@/lib/salaries/reports/vocabulary'
import { lpaText } from '@/lib/salaries/rupees'

type Props = {
  reports: OwnReport[]
  withdrawAction: (formData: FormData) => Promise<void>
  /** The report just sent, to thank the reader for it. */
  justSent?: string
}

function statusNote(report: OwnReport): string {
  if (report.status === 'pending') return 'An editor will look at it soon.'
  if (report.status === 'rejected') return 'Not accepted:'
  const from =
    report.countsFrom && new Date(report.countsFrom) > new Date()
      ? ` from ${formatDate(report.countsFrom)} (published figures change on Mondays, and a new account’s reports count once it is 30 days old)`
      : ''
  return `It counts towards the published figures${from} once ${MIN_COHORT} approved reports share its career, level and year.`
}

/** The reader's salary reports with their review status, the editor's reason, and edit / withdraw. */
export function SalaryReportsList({ reports, withdrawAction, justSent }: Props) {
  return (
    <>
      {justSent && reports.some((r) => r.id === justSent) && (
        <p role="status" className="mb-4 rounded-lg bg-green-50 p-3 text-green-900">
          Thank you — your report is waiting for review.
        </p>
      )}
      {reports.length === 0 ? (
        <p className="text-slate-700">
          You have not reported a salary.{' '}
          <SiteLink href={SITE_PATHS.contribute} className="font-medium text-brand-700 underline">
            Add yours
          </SiteLink>{' '}
          to help others weigh a career.
        </p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200">
          {reports.map((report) => (
            <li
              key={report.id}
              className="flex flex-wrap items-start justify-between gap-4 px-4 py-3"
              data-testid="salary-report"
            >
              <div>
                <p className="font-medium text-slate-900">
                  {report.career}, {report.year} · {levelInfo(report.level)?.label ?? report.level}{' '}
                  · {lpaText(report.ctc)}
                </p>
                <p className="text-sm text-slate-700">
                  <strong>{labelOf(REPORT_STATUSES, report.status)}</strong> (sent{' '}
                  {formatDate(report.sentAt)}). {statusNote(report)} {report.rejectionReason}
                </p>
              </div>
              <div className="flex items-center gap-4">
                {report.nextChange ? (
                  // A report that has counted changes once a year: say when, rather than offer an
                  // edit the form would refuse.
                  <span className="text-sm text-slate-600">
                    You can change it again from {formatDate(report.nextChange)}
                  </span>
                ) : (
                  <SiteLink
                    href={`${contributePath()}?edit=${report.id}`}
                    className="text-sm text-brand-700 underline"
                    aria-label={`Edit your ${report.year} report for ${report.career}`}
                  >
                    Edit
                  </SiteLink>
                )}
                <form action={withdrawAction}>
                  <input type="hidden" name="report" value={report.id} />
                  <button
                    type="submit"
                    className="text-sm text-slate-700 underline hover:text-red-700"
                    aria-label={`Withdraw your ${report.year} report for ${report.career}`}
                  >
                    Withdraw
                  </button>
                </form>
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
