import type { ComparisonRow } from '@/lib/comparisons/comparison'

import { EvidenceMarker, type EvidenceRef } from '../salary/Evidence'
import { InHandNote } from '../salary/InHandNote'

type Marker = Pick<EvidenceRef, 'id' | 'marker'> | null | undefined

/**
 * Two careers side by side. On a phone each factor becomes a block of its own — the factor, then
 * each career's value under its name — instead of a table wider than the screen; from `sm` up it
 * is a table. The same markup serves both (a table, for screen readers and printing).
 */
export function ComparisonTable({
  rows,
  firstTitle,
  secondTitle,
  caption,
  evidence = {},
}: {
  rows: ComparisonRow[]
  firstTitle: string
  secondTitle: string
  caption: string
  /** The evidence notes of each career's salary table: every band gets its marker. */
  evidence?: { first?: Marker; second?: Marker }
}) {
  const value = (row: ComparisonRow, side: 'first' | 'second', marker: Marker) => {
    const text = row[side]
    if (row.source !== 'salary' || text === '—') return text
    return (
      <>
        {text}
        {marker && <EvidenceMarker evidence={marker} />}
        <InHandNote inHand={row.inHand?.[side] ?? null} />
      </>
    )
  }
  const cell = (row: ComparisonRow) =>
    [
      'block py-1 before:block before:text-xs before:font-semibold before:text-slate-500 before:content-[attr(data-label)]',
      'sm:table-cell sm:py-3 sm:pr-4 sm:before:hidden',
      row.source === 'salary' ? 'tabular-nums' : '',
    ].join(' ')
  return (
    <table className="w-full border-collapse text-left" data-testid="comparison-table">
      <caption className="mb-3 text-left text-sm text-slate-600">{caption}</caption>
      <thead className="sr-only sm:not-sr-only sm:table-header-group">
        <tr className="border-b-2 border-slate-300 text-sm">
          <th scope="col" className="w-1/4 py-2 pr-4 font-semibold text-slate-700">
            Factor
          </th>
          <th scope="col" className="py-2 pr-4 font-semibold text-slate-900">
            {firstTitle}
          </th>
          <th scope="col" className="py-2 font-semibold text-slate-900">
            {secondTitle}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr
            key={row.key}
            className="block border-b border-slate-200 py-3 align-top sm:table-row sm:py-0"
            data-row={row.key}
          >
            <th
              scope="row"
              className="block pb-1 font-semibold text-slate-900 sm:table-cell sm:py-3 sm:pr-4 sm:font-medium sm:text-slate-800"
            >
              {row.label}
            </th>
            <td className={cell(row)} data-label={firstTitle}>
              {value(row, 'first', evidence.first)}
            </td>
            <td className={cell(row)} data-label={secondTitle}>
              {value(row, 'second', evidence.second)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
