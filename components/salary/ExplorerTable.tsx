import { pairPath } from '@/lib/comparisons/pairs'
import { isOutOfDate } from '@/lib/salaries/evidence'
import type { ExplorerRow } from '@/lib/salaries/explorer'

import { EvidenceMarker, type EvidenceRef } from './Evidence'

/** The nearest row of another career, for a "compare with" link beside each row. */
function neighbour(rows: ExplorerRow[], i: number): ExplorerRow | null {
  for (let d = 1; d < rows.length; d++) {
    for (const j of [i + d, i - d]) {
      const other = rows[j]
      if (other && other.careerSlug !== rows[i]!.careerSlug) return other
    }
  }
  return null
}

/**
 * The explorer's rows: each band marked with its evidence note, linked to its profile and a pair. Plain
 * links (no client component) and classes on the table, not each cell: 50 rows stay small.
 */
export function ExplorerTable({
  rows,
  evidence,
  caption,
  now,
}: {
  rows: ExplorerRow[]
  now: Date
  evidence: Map<string, Pick<EvidenceRef, 'id' | 'marker'>>
  caption: string
}) {
  return (
    <div className="overflow-x-auto">
      <table className="data-table min-w-[44rem]" data-testid="salary-explorer">
        <caption className="mb-3 text-left text-sm text-slate-600">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Career</th>
            <th scope="col">Level</th>
            <th scope="col">Range</th>
            <th scope="col">Median or mid-range</th>
            <th scope="col">Evidence</th>
            <th scope="col">Compare</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => {
            const other = neighbour(rows, i)
            const note = evidence.get(row.tableId)
            return (
              <tr key={`${row.tableId}-${row.level}`}>
                <th scope="row">
                  <a href={row.profileUrl}>{row.career}</a>
                </th>
                <td>{row.levelLabel}</td>
                <td className="figure" data-testid="explorer-band">
                  {row.band}
                  {note && <EvidenceMarker evidence={note} />}
                </td>
                <td className="figure">
                  {row.typicalFormatted}
                  <small>{row.typicalIsMedian ? 'median' : 'mid-range'}</small>
                  {row.readerReport && (
                    <small data-testid="explorer-reader-report">{row.readerReport.sentence}</small>
                  )}
                </td>
                <td>
                  {row.method}, {row.confidence.toLowerCase()} confidence
                  {isOutOfDate(row.lastReviewed, now) && (
                    <strong className="block">May be out of date</strong>
                  )}
                </td>
                <td>
                  {other && (
                    <a href={pairPath(row.careerSlug, other.careerSlug)}>vs {other.career}</a>
                  )}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
