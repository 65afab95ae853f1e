import { describeRating, ON_CALL, RATING } from '@/lib/comparisons/ratings'
import type { Role } from '@/payload-types'

export function MarketFacts({
  role,
}: {
  role: Pick<Role, 'demand' | 'entryDifficulty' | 'workStyle' | 'onCallBurden'>
}) {
  const facts = [
    { label: 'Demand', value: describeRating(RATING, role.demand) },
    { label: 'Entry difficulty', value: describeRating(RATING, role.entryDifficulty) },
    { label: 'Work style', value: role.workStyle },
    { label: 'On-call burden', value: describeRating(ON_CALL, role.onCallBurden) },
  ].filter((f) => f.value)
  return (
    <dl className="grid gap-4 sm:grid-cols-2">
      {facts.map((fact) => (
        <div key={fact.label} className="rounded-lg border border-slate-200 p-4">
          <dt className="text-sm font-medium text-slate-600">{fact.label}</dt>
          <dd className="mt-1 text-slate-900">{fact.value}</dd>
        </div>
      ))}
    </dl>
  )
}
