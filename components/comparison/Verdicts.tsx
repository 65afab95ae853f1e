import type { Article } from '@/payload-types'

export function Verdicts({
  verdicts,
  firstTitle,
  secondTitle,
}: {
  verdicts: Article['verdicts']
  firstTitle: string
  secondTitle: string
}) {
  if (!verdicts?.length) return null
  const winnerLabel = {
    first: `${firstTitle} wins`,
    second: `${secondTitle} wins`,
    even: 'Even',
  } as const
  return (
    <dl className="divide-y divide-slate-200 rounded-xl border border-slate-200">
      {verdicts.map((verdict, i) => (
        <div key={verdict.id ?? i} className="grid gap-2 p-5 sm:grid-cols-[14rem_1fr]">
          <dt className="font-semibold text-slate-900">
            For {verdict.dimension.charAt(0).toLowerCase() + verdict.dimension.slice(1)}
            <span className="mt-1 block text-sm font-medium text-brand-700">
              {winnerLabel[verdict.winner]}
            </span>
          </dt>
          <dd className="leading-7 text-slate-700">{verdict.summary}</dd>
        </div>
      ))}
    </dl>
  )
}
