import { SiteLink } from '@/components/SiteLink'
import { describeRating, RATING } from '@/lib/comparisons/ratings'
import type { CareerCard as CareerCardData } from '@/lib/content'
import { rolePath } from '@/lib/paths'

export function CareerCard({ role }: { role: CareerCardData }) {
  if (!role.slug) return null
  const demand = describeRating(RATING, role.demand ? { level: role.demand.level } : null)
  return (
    <article className="relative flex h-full flex-col rounded-xl border border-slate-200 p-5 transition hover:border-brand-600 hover:shadow-sm">
      <h3 className="text-lg font-semibold text-slate-900">
        <SiteLink href={rolePath(role.slug)} className="after:absolute after:inset-0">
          {role.title}
        </SiteLink>
      </h3>
      <p className="mt-2 flex-1 text-slate-700">{role.summary}</p>
      {demand && <p className="mt-3 text-sm text-slate-600">Demand: {demand}</p>}
    </article>
  )
}
