import { SiteLink } from '@/components/SiteLink'
import { describeRating, RATING } from '@/lib/comparisons/ratings'
import type { CareerCard as CareerCardData } from '@/lib/content'
import { rolePath } from '@/lib/paths'
import type { CareerPay } from '@/lib/salaries/careerPay'
import { isOutOfDate } from '@/lib/salaries/evidence'

/** A career in a list: its name, summary and — the figure readers came for — its mid-level pay. */
export function CareerCard({ role, pay }: { role: CareerCardData; pay?: CareerPay | null }) {
  if (!role.slug) return null
  const ratings = (
    [
      ['Demand', role.demand],
      ['Entry difficulty', role.entryDifficulty],
    ] as const
  ).flatMap(([label, rated]) => {
    const level = describeRating(RATING, rated ? { level: rated.level } : null)
    return level ? [`${label}: ${level}`] : []
  })
  return (
    <article className="relative flex h-full flex-col rounded-xl border border-slate-200 p-5 transition hover:border-brand-600 hover:shadow-sm">
      <h3 className="text-lg font-semibold text-slate-900">
        <SiteLink href={rolePath(role.slug)} className="after:absolute after:inset-0">
          {role.title}
        </SiteLink>
      </h3>
      {pay ? (
        <p className="mt-2 text-slate-900" data-testid="card-pay">
          <span className="text-sm text-slate-600">{pay.levelLabel}: </span>
          <strong className="font-semibold tabular-nums">{pay.band}</strong>
          <span className="block text-sm text-slate-600 tabular-nums">
            {pay.typicalIsMedian ? 'median' : 'mid-range'} {pay.typical}, {pay.year}
            {pay.illustrative && ' · illustrative sample, not data'}
          </span>
          {isOutOfDate(pay.lastReviewed, new Date()) && (
            <strong className="mt-1 block text-sm text-amber-900">May be out of date</strong>
          )}
        </p>
      ) : (
        <p className="mt-2 text-sm text-slate-600">No salary data yet.</p>
      )}
      <p className="mt-2 flex-1 text-slate-700">{role.summary}</p>
      {ratings.length > 0 && <p className="mt-3 text-sm text-slate-600">{ratings.join(' · ')}</p>}
    </article>
  )
}
