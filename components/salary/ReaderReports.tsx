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
    <tr>
      <th scope="row">{label}</th>
      <td
        className="figure"
        data-label="Median CTC"
        data-testid={`reader-median-${[figure.level, figure.group].filter(Boolean).join('-')}`}
      >
        {shown.median}
      </td>
      <td className="figure" data-label="Middle half">
        {shown.middleHalf}
      </td>
      <td className="figure" data-label="Reports (n)">
        {shown.n}
      </td>
      <td data-label="Confidence">{shown.confidenceLabel}</td>
      <td className="figure" data-label="Year">
        {shown.year}
      </td>
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
    // On a phone each row reads as a block, every figure under its column's name.
    <div className="sm:overflow-x-auto">
      <table className="data-table stacked text-sm sm:min-w-[28rem]">
        <caption className="mb-2 text-left text-slate-600">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Who</th>
            <th scope="col">Median CTC</th>
            <th scope="col">Middle half</th>
            <th scope="col">Reports (n)</th>
            <th scope="col">Confidence</th>
            <th scope="col">Year</th>
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
  withMethod = true,
}: {
  figures: readonly CohortFigure[]
  careerId: number | string
  careerTitle: string
  market?: string
  /** Off where the page states the method once for several careers (ReaderFiguresMethod). */
  withMethod?: boolean
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
      {withMethod && <ReaderFiguresMethod careers={[{ id: careerId, title: careerTitle }]} />}
    </div>
  )
}

/** How reader figures are made, stated once per page, with a way to add one's own for each career. */
export function ReaderFiguresMethod({
  careers,
}: {
  careers: { id: number | string; title: string }[]
}) {
  return (
    <p className="mt-4 text-sm text-slate-600">
      Medians and quartiles of reports our editors approved, computed after each report is moved by
      its own fixed secret amount of up to 5 % to protect contributors, and rounded to ₹10,000; a
      group appears only with {MIN_COHORT} or more reports, and figures change on Mondays.
      Confidence: low under 15 reports, medium under 50, high from 50.{' '}
      {careers.map((career, i) => (
        <span key={career.id}>
          {i > 0 && ' · '}
          <a href={contributePath(career.id)} className="font-medium text-brand-700 underline">
            {careers.length > 1 ? `Add a ${career.title} salary` : 'Add your salary'}
          </a>
        </span>
      ))}
    </p>
  )
}
