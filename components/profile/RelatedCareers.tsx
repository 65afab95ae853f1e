import { SiteLink } from '@/components/SiteLink'
import type { RelatedCareer } from '@/lib/content/careerProfile'
import { movesPath, rolePath } from '@/lib/paths'
import { payChangeText } from '@/lib/salaries/careerPay'
import { aCareer } from '@/lib/skills/words'

/** A profile's related careers: the skills in common and the pay difference, and where to go next. */
export function RelatedCareers({
  careers,
  from,
}: {
  careers: RelatedCareer[]
  from: { title: string; slug: string }
}) {
  return (
    <>
      <ul className="grid gap-3 sm:grid-cols-2">
        {careers.map((career) => (
          <li key={career.id} className="rounded-lg border border-slate-200 p-4">
            <SiteLink
              href={rolePath(career.slug ?? '')}
              className="font-medium text-brand-700 hover:underline"
            >
              {career.title}
            </SiteLink>
            <p className="mt-1 text-sm text-slate-600">
              {career.shared > 0
                ? `${career.shared}% of skills in common`
                : 'Suggested by our editors'}
              {career.pay && <> · {payChangeText(career.pay)}</>}
            </p>
          </li>
        ))}
      </ul>
      <p className="mt-4">
        <SiteLink
          href={movesPath(from.slug)}
          className="font-medium text-brand-700 hover:underline"
        >
          Where {aCareer(from.title)} can go next, and what it takes →
        </SiteLink>
      </p>
    </>
  )
}
