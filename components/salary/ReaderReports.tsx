import { labelOf } from '@/lib/choices'
import { levelInfo } from '@/lib/levels'
import { contributePath } from '@/lib/paths'
import { wholeCohort } from '@/lib/salaries/reports/figures'
import type { CohortFigure } from '@/lib/salaries/reports/stats'
import { readerFigure } from '@/lib/salaries/reports/summary'
import { CITIES, COMPANY_TYPES, MIN_COHORT } from '@/lib/salaries/reports/vocabulary'

const groupLabel = (figure: CohortFigure) =>
  figure.dimension === 'city' ? labelOf(CITIES, figure.group) : labelOf(COMPANY_TYPES, figure.group)

function FigureRow({ figure, label }: { figure: CohortFigure; label: string }) {
  const shown = readerFigure(figure)
  return (
    <tr className="border-b border-slate-200">
      <th scope="row" className="py-2 pr-4 font-medium">
        {label}
      </th>
      <td
        className="py-2 pr-4 tabular-nums"
        data-testid={`reader-median-${[figure.level, figure.group].filter(Boolean).join('-')}`}
      >
        {shown.median}
      </td>
      <td className="py-2 pr-4 tabular-nums">{shown.middleHalf}</td>
      <td className="py-2 pr-4 tabular-nums">{shown.n}</td>
      <td className="py-2 pr-4">{shown.confidenceLabel}</td>
      <td className="py-2 tabular-nums">{shown.year}</td>
    </tr>
  )
}

function FigureTable({
  caption,
  rows,
}: {
  caption: string
  rows: { figure: CohortFigure; label: string }[]
}) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[28rem] border-collapse text-left text-sm">
        <caption className="mb-2 text-left text-slate-600">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-slate-300 text-slate-700">
            <th scope="col" className="py-2 pr-4 font-semibold">
              Who
            </th>
            <th scope="col" className="py-2 pr-4 font-semibold">
              Median CTC
            </th>
            <th scope="col" className="py-2 pr-4 font-semibold">
              Middle half
            </th>
            <th scope="col" className="py-2 pr-4 font-semibold">
              Reports (n)
            </th>
            <th scope="col" className="py-2 pr-4 font-semibold">
              Confidence
            </th>
            <th scope="col" className="py-2 font-semibold">
              Year
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <FigureRow
              key={`${row.figure.dimension}-${row.figure.group}-${row.figure.level}-${row.figure.year}`}
              {...row}
            />
          ))}
        </tbody>
      </table>
    </div>
  )
}

/**
 * What readers' approved salary reports say about one career: per level (its newest year with five
 * or more reports), then by city and by company type where those groups may be shown. Always says
 * how the figures are made and invites the reader to add theirs.
 */
export function ReaderReports({
  figures,
  careerId,
  careerTitle,
  market = 'IN',
}: {
  figures: readonly CohortFigure[]
  careerId: number | string
  careerTitle: string
  market?: string
}) {
  // Each level's newest year with a figure, as the explorer shows it (wholeCohort).
  const current = figures.filter(
    (f) => f.market === market && wholeCohort(figures, f.level, market)?.year === f.year,
  )
  const levelRows = current
    .filter((f) => f.dimension === 'all')
    .map((figure) => ({ figure, label: levelInfo(figure.level)?.label ?? figure.level }))
  const groupRows = (dimension: CohortFigure['dimension']) =>
    current
      .filter((f) => f.dimension === dimension)
      .map((figure) => ({
        figure,
        label: `${levelInfo(figure.level)?.label ?? figure.level} · ${groupLabel(figure)}`,
      }))
  const byCity = groupRows('city')
  const byCompany = groupRows('companyType')
  return (
    <div data-testid="reader-reports">
      {levelRows.length === 0 ? (
        <p className="text-slate-700">
          Not enough reader reports yet. We show a figure once {MIN_COHORT} approved reports
          describe the same career, level and year.
        </p>
      ) : (
        <FigureTable caption={`${careerTitle}: annual CTC reported by readers`} rows={levelRows} />
      )}
      {byCity.length > 0 && (
        <details className="mt-4">
          <summary className="cursor-pointer font-medium">By city</summary>
          <FigureTable caption={`${careerTitle} by city`} rows={byCity} />
        </details>
      )}
      {byCompany.length > 0 && (
        <details className="mt-4">
          <summary className="cursor-pointer font-medium">By company type</summary>
          <FigureTable caption={`${careerTitle} by company type`} rows={byCompany} />
        </details>
      )}
      <p className="mt-4 text-sm text-slate-600">
        Medians and quartiles of reports our editors approved, computed after each report is moved
        by its own fixed secret amount of up to 5 % to protect contributors, and rounded to ₹10,000;
        a group appears only with {MIN_COHORT} or more reports, and figures change on Mondays.
        Confidence: low under 15 reports, medium under 50, high from 50.{' '}
        <a href={contributePath(careerId)} className="font-medium text-brand-700 underline">
          Add your salary
        </a>
      </p>
    </div>
  )
}
