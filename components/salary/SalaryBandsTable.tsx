import type { LatestSalaryTable } from '@/lib/content/salaryTables'
import { levelInfo } from '@/lib/levels'
import { marketInfo } from '@/lib/markets'
import { formatAmount, formatBand } from '@/lib/money'
import { formatChange, yearOnYear } from '@/lib/salaries/evidence'
import { rowInHand } from '@/lib/salaries/takeHome/band'

import { EvidenceMarker, type EvidenceRef, OutOfDateFlag } from './Evidence'
import { InHandNote } from './InHandNote'

/**
 * One career's bands for one market, each figure marked with the note that says where it comes
 * from. Columns with nothing to show (no medians, no earlier year) are left out.
 */
export function SalaryBandsTable({
  table,
  roleTitle,
  evidence,
  now,
}: {
  table: LatestSalaryTable
  roleTitle: string
  evidence: EvidenceRef
  now: Date
}) {
  const market = marketInfo(table.market)?.label ?? table.market
  const showMedian = table.rows.some((row) => row.median != null)
  const change = yearOnYear(table, table.previous)
  const changeOf = (level: string) => change?.levels.find((l) => l.level === level)
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[20rem] border-collapse text-left">
        <caption className="mb-3 text-left text-sm text-slate-600">
          {roleTitle} salaries in {market}, {table.year}
          <OutOfDateFlag lastReviewed={table.lastReviewed} now={now} />
        </caption>
        <thead>
          <tr className="border-b-2 border-slate-300 text-sm text-slate-700">
            <th scope="col" className="py-2 pr-4 font-semibold">
              Level
            </th>
            <th scope="col" className="py-2 pr-4 font-semibold">
              Range
            </th>
            {showMedian && (
              <th scope="col" className="py-2 pr-4 font-semibold">
                Median
              </th>
            )}
            {change && (
              <th scope="col" className="py-2 font-semibold">
                Since {change.fromYear}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => {
            const info = levelInfo(row.level)
            const moved = changeOf(row.level)
            return (
              <tr key={row.level} className="border-b border-slate-200">
                <th scope="row" className="py-3 pr-4 font-medium">
                  {info?.label ?? row.level}{' '}
                  <span className="text-sm font-normal text-slate-500">({info?.experience})</span>
                </th>
                <td className="py-3 pr-4 tabular-nums">
                  <span data-testid={`band-${row.level}`}>
                    {formatBand(row.min, row.max, table)}
                  </span>
                  <EvidenceMarker evidence={evidence} />
                  <InHandNote inHand={rowInHand(row, table)} />
                </td>
                {showMedian && (
                  <td className="py-3 pr-4 text-slate-700 tabular-nums">
                    {row.median != null ? formatAmount(row.median, table) : '—'}
                  </td>
                )}
                {change && (
                  <td className="py-3 text-slate-700 tabular-nums">
                    {moved ? formatChange(moved.changePercent) : '—'}
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
