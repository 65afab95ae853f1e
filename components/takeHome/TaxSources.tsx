import { formatDate } from '@/lib/dates'
import type { TaxYearRules } from '@/lib/salaries/takeHome/rules'
import { ruleSources } from '@/lib/salaries/takeHome/sources'

/** Where every rule comes from, as of when it was last checked — and what the figures are not. */
export function TaxSources({ year }: { year: TaxYearRules }) {
  return (
    <section aria-labelledby="take-home-sources" className="mt-12 max-w-3xl">
      <h2 id="take-home-sources" className="text-xl font-semibold text-slate-900">
        The rules, and where they come from
      </h2>
      <p className="mt-2 text-sm text-slate-700">
        Tax year {year.id} ({formatDate(year.starts)} – {formatDate(year.ends)}), for a resident
        salaried individual under 60, as of {formatDate(year.asOf)}. An estimate to plan with, not
        tax advice: your employer&apos;s payslip and your return are what count.
      </p>
      <ul className="mt-4 space-y-2 text-sm text-slate-700">
        {ruleSources(year).map(({ rule, source }) => (
          <li key={rule}>
            <span className="font-medium text-slate-900">{rule}:</span>{' '}
            {source.url ? (
              <a href={source.url} className="underline" rel="noopener">
                {source.cite}
              </a>
            ) : (
              source.cite
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
