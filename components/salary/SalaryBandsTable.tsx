import { formatDate } from '@/lib/dates'
import { levelInfo } from '@/lib/levels'
import { marketInfo } from '@/lib/markets'
import { formatAmount, formatBand } from '@/lib/money'
import type { SalaryTable } from '@/payload-types'

/** One role's bands for one market, with where the figures come from and how fresh they are. */
export function SalaryBandsTable({ table, roleTitle }: { table: SalaryTable; roleTitle: string }) {
  const market = marketInfo(table.market)?.label ?? table.market
  return (
    <figure className="overflow-x-auto">
      <table className="w-full min-w-[28rem] border-collapse text-left">
        <caption className="mb-3 text-left text-sm text-slate-600">
          {roleTitle} salaries in {market}, {table.year}
        </caption>
        <thead>
          <tr className="border-b-2 border-slate-300 text-sm text-slate-700">
            <th scope="col" className="py-2 pr-4 font-semibold">
              Level
            </th>
            <th scope="col" className="py-2 pr-4 font-semibold">
              Range
            </th>
            <th scope="col" className="py-2 font-semibold">
              Median
            </th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => {
            const info = levelInfo(row.level)
            return (
              <tr key={row.level} className="border-b border-slate-200">
                <th scope="row" className="py-3 pr-4 font-medium">
                  {info?.label ?? row.level}{' '}
                  <span className="text-sm font-normal text-slate-500">({info?.experience})</span>
                </th>
                <td className="py-3 pr-4 tabular-nums" data-testid={`band-${row.level}`}>
                  {formatBand(row.min, row.max, table)}
                </td>
                <td className="py-3 text-slate-700 tabular-nums">
                  {row.median != null ? formatAmount(row.median, table) : '—'}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <figcaption className="mt-3 text-sm text-slate-600">
        Source: {table.source}. Last reviewed {formatDate(table.lastReviewed)}.
        {table.methodology && <span className="mt-1 block">{table.methodology}</span>}
      </figcaption>
    </figure>
  )
}
