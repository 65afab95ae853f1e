import type { PayDifference } from '@/lib/comparisons/pairComparison'

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
    <table className="data-table mt-6" data-testid="pay-differences">
      <caption className="mb-3 text-left text-sm text-slate-600">
        {secondTitle} against {firstTitle}: medians where both tables give one, else the middle of
        each band.
      </caption>
      <thead>
        <tr>
          <th scope="col">Level</th>
          <th scope="col">Difference</th>
          <th scope="col">Compared</th>
        </tr>
      </thead>
      <tbody>
        {differences.map((d) => (
          <tr key={d.level}>
            <th scope="row">{d.label}</th>
            <td className="figure">{d.formatted}</td>
            <td>{d.basis === 'median' ? 'medians' : 'middles of the bands'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
