import { MIN_COHORT } from '@/lib/salaries/reports/vocabulary'

/** The privacy rules of salary reports, in plain words, beside the form (and in README). */
export function ReportPrivacy() {
  return (
    <aside className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-5 text-sm text-slate-700">
      <h2 className="text-base font-semibold text-slate-900">What happens to your report</h2>
      <ul className="list-disc space-y-2 pl-5">
        <li>
          Editors check it. They see a pseudonym such as “Contributor 7F3A2C91E0”, never your name
          or email.
        </li>
        <li>
          Your figures are never shown on their own. Before any figure is computed, your CTC is
          moved by its own secret amount of up to 5 %, the same every time; we publish only the
          median and middle half of groups of {MIN_COHORT} or more approved reports, rounded to
          ₹10,000. So however others report around you, the most anyone can learn is the moved
          amount.
        </li>
        <li>
          We never publish two groups that differ by fewer than {MIN_COHORT} reports, and figures
          change only on Mondays, so nobody can subtract one from another to find yours.
        </li>
        <li>
          One report per career and year. Edit it freely until it is approved; after it has counted,
          you can change it once a year (each change is a new look at the others). Withdraw it any
          time from your account page.
        </li>
        <li>Your reports are in your data download, and deleting your account deletes them.</li>
      </ul>
    </aside>
  )
}
