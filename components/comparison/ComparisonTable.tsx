import type { ComparisonRow } from '@/lib/comparison'

export function ComparisonTable({
  rows,
  firstTitle,
  secondTitle,
  caption,
}: {
  rows: ComparisonRow[]
  firstTitle: string
  secondTitle: string
  caption: string
}) {
  return (
    <div className="overflow-x-auto">
      <table
        className="w-full min-w-[36rem] border-collapse text-left"
        data-testid="comparison-table"
      >
        <caption className="mb-3 text-left text-sm text-slate-600">{caption}</caption>
        <thead>
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
            <tr key={row.key} className="border-b border-slate-200 align-top" data-row={row.key}>
              <th scope="row" className="py-3 pr-4 font-medium text-slate-800">
                {row.label}
              </th>
              <td className={`py-3 pr-4 ${row.source === 'salary' ? 'tabular-nums' : ''}`}>
                {row.first}
              </td>
              <td className={`py-3 ${row.source === 'salary' ? 'tabular-nums' : ''}`}>
                {row.second}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
