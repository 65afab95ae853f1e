import type { ReactNode } from 'react'

import { EvidenceNotes, numberEvidence } from '@/components/salary/Evidence'
import { SalaryRangeChart } from '@/components/salary/SalaryRangeChart'
import type { ComparisonRow } from '@/lib/comparisons/comparison'
import type { LatestSalaryTable } from '@/lib/content/salaryTables'

import { ComparisonTable } from './ComparisonTable'

type Side = { role: { title: string }; salary: LatestSalaryTable | null }

/**
 * Two careers' table of factors, their salary chart and the evidence behind every band, as both
 * editorial and generated comparisons show them; `children` come between the table and the chart.
 */
export function SideBySide({
  rows,
  first,
  second,
  market,
  now,
  children,
}: {
  rows: ComparisonRow[]
  first: Side
  second: Side
  /** The market's name, or null when the two careers share none. */
  market: string | null
  now: Date
  children?: ReactNode
}) {
  const [firstEvidence, secondEvidence] = numberEvidence([
    { title: `${first.role.title}, ${market}`, table: first.salary },
    { title: `${second.role.title}, ${market}`, table: second.salary },
  ])
  const series = [
    { side: first, evidence: firstEvidence },
    { side: second, evidence: secondEvidence },
  ].flatMap(({ side, evidence }) =>
    side.salary
      ? [{ label: side.role.title, table: side.salary, evidence: evidence ?? undefined }]
      : [],
  )
  const year = first.salary?.year ?? second.salary?.year
  const where = market && year ? `${market} ${year}` : null
  return (
    <>
      <ComparisonTable
        rows={rows}
        firstTitle={first.role.title}
        secondTitle={second.role.title}
        caption={`${first.role.title} and ${second.role.title} compared${where ? `; salaries for ${where}` : ''}.`}
        evidence={{ first: firstEvidence, second: secondEvidence }}
      />
      {children}
      {series.length > 0 && (
        <div className="mt-8">
          <SalaryRangeChart
            series={series}
            title={`Salary ranges by level${where ? `, ${where}` : ''}`}
          />
        </div>
      )}
      <EvidenceNotes notes={[firstEvidence, secondEvidence]} now={now} />
    </>
  )
}
