import type { PayDifference } from '@/lib/pairComparison'

/** How much more or less the second career pays at each level, against the first. */
export function PayDifferences({
  differences,
  firstTitle,
  secondTitle,
}: {
  differences: PayDifference[]
  firstTitle: string
  secondTitle: string
}) {
  if (differences.length === 0) return null
  return (
    <table className="mt-6 w-full border-collapse text-left" data-testid="pay-differences">
      <caption className="mb-3 text-left text-sm text-slate-600">
        {secondTitle} against {firstTitle}, at the middle of each band.
      </caption>
      <thead>
        <tr className="border-b-2 border-slate-300 text-sm text-slate-700">
          <th scope="col" className="py-2 pr-4 font-semibold">
            Level
          </th>
          <th scope="col" className="py-2 font-semibold">
            Difference
          </th>
        </tr>
      </thead>
      <tbody>
        {differences.map((d) => (
          <tr key={d.level} className="border-b border-slate-200">
            <th scope="row" className="py-2 pr-4 font-medium">
              {d.label}
            </th>
            <td className="py-2 tabular-nums">{d.formatted}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
