import { isOutOfDate } from '@/lib/salaries/evidence'
import type { ExplorerRow } from '@/lib/salaries/explorer'

import { EvidenceMarker, type EvidenceRef } from './Evidence'
import { InHandNote } from './InHandNote'

/**
 * The explorer's rows: each band marked with its evidence note, linked to its profile. Plain links
 * (no client component) and classes on the table, not each cell: 50 rows stay small. On a phone each
 * row reads as a block, every figure under its column's name (`.data-table.stacked`).
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
  const evidenceOf = (row: ExplorerRow) =>
    `${row.method}, ${row.confidence.toLowerCase()} confidence`
  // Each kind of evidence is said in full once, above the table; rows name it in a few words.
  const kinds = new Map<string, number>()
  for (const kind of rows.map(evidenceOf)) kinds.set(kind, (kinds.get(kind) ?? 0) + 1)
  const shared = kinds.size === 1 ? evidenceOf(rows[0]!) : null
  const bands = (n: number) => (n === 1 ? '1 band' : `${n} bands`)
  const withInHand = rows.some((row) => row.inHand)
  return (
    <div className="sm:overflow-x-auto">
      <p
        id="explorer-evidence"
        className="mb-3 text-sm text-slate-700"
        data-testid="explorer-evidence"
      >
        {shared
          ? `Every band below: ${shared}.`
          : `Evidence: ${[...kinds].map(([kind, n]) => `${kind} (${bands(n)})`).join('; ')}.`}{' '}
        The numbered notes say where each comes from.
      </p>
      <table
        className="data-table stacked sm:min-w-[40rem]"
        data-testid="salary-explorer"
        aria-describedby="explorer-evidence"
      >
        <caption className="mb-3 text-left text-sm text-slate-600">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Career</th>
            <th scope="col">Level</th>
            <th scope="col">Range</th>
            <th scope="col">Median or mid-range</th>
            {withInHand && <th scope="col">In hand a month</th>}
            {!shared && <th scope="col">Evidence</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const note = evidence.get(row.tableId)
            return (
              <tr key={`${row.tableId}-${row.level}`}>
                <th scope="row">
                  <a href={row.profileUrl}>{row.career}</a>
                </th>
                <td data-label="Level">{row.levelLabel}</td>
                <td
                  className="figure whitespace-nowrap"
                  data-label="Range"
                  data-testid="explorer-band"
                >
                  {row.band}
                  {note && <EvidenceMarker evidence={note} />}
                  {shared && isOutOfDate(row.lastReviewed, now) && (
                    <strong className="block">May be out of date</strong>
                  )}
                </td>
                <td className="figure" data-label="Median or mid-range">
                  {row.typicalFormatted}
                  <small>{row.typicalIsMedian ? 'median' : 'mid-range'}</small>
                  {row.readerReport && (
                    <small data-testid="explorer-reader-report">{row.readerReport.sentence}</small>
                  )}
                </td>
                {withInHand && (
                  <td className="figure" data-label="In hand a month">
                    <InHandNote inHand={row.inHand} amountOnly />
                  </td>
                )}
                {!shared && (
                  <td data-label="Evidence">
                    {row.methodShort}, {row.confidence.toLowerCase()} confidence
                    {isOutOfDate(row.lastReviewed, now) && (
                      <strong className="block">May be out of date</strong>
                    )}
                  </td>
                )}
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
