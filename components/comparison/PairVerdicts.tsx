import type { PairVerdict } from '@/lib/comparisons/pairComparison'

/** Generated verdicts, each with the rule that decided it, so none reads as an editor's opinion. */
export function PairVerdicts({
  verdicts,
  firstTitle,
  secondTitle,
}: {
  verdicts: PairVerdict[]
  firstTitle: string
  secondTitle: string
}) {
  const winnerLabel = {
    first: firstTitle,
    second: secondTitle,
    even: 'Even',
    unknown: 'Not enough data',
  } as const
  return (
    <dl className="divide-y divide-slate-200 rounded-xl border border-slate-200">
      {verdicts.map((verdict) => (
        <div
          key={verdict.dimension}
          className="grid gap-2 p-5 sm:grid-cols-[14rem_1fr]"
          data-verdict={verdict.dimension}
        >
          <dt className="font-semibold text-slate-900">
            {verdict.dimension}
            <span className="mt-1 block text-sm font-medium text-brand-700">
              {winnerLabel[verdict.winner]}
            </span>
          </dt>
          <dd className="leading-7 text-slate-700">
            {verdict.summary}
            <span className="mt-1 block text-sm text-slate-500">Rule: {verdict.rule}</span>
          </dd>
        </div>
      ))}
    </dl>
  )
}
