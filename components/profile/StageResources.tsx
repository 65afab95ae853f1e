import { resourceUrlProblem } from '@/lib/skills/resources'
import { plural } from '@/lib/skills/words'
import type { Role } from '@/payload-types'

type Resource = NonNullable<NonNullable<Role['roadmap']>[number]['resources']>[number]

/** Where to learn a roadmap stage: each resource with its kind, cost, language and hours. */
export function StageResources({ resources, stage }: { resources: Resource[]; stage: string }) {
  if (resources.length === 0) return null
  const total = resources.reduce((sum, r) => sum + r.hours, 0)
  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-sm font-medium text-brand-700">
        Where to learn it: {resources.length} resources, about {plural(Math.round(total), 'hour')}
      </summary>
      <ul aria-label={`Resources for ${stage}`} className="mt-2 space-y-1 text-sm text-slate-700">
        {resources.map((resource) => (
          <li key={resource.id ?? resource.url}>
            {/* A draft in preview may hold an address not yet checked: shown, never linked. */}
            {resourceUrlProblem(resource.url) ? (
              resource.title
            ) : (
              <a href={resource.url} rel="noopener" className="text-brand-700 underline">
                {resource.title}
              </a>
            )}{' '}
            <span className="text-slate-500">
              — {resource.type}, {resource.cost === 'paid' ? 'paid' : 'free'}
              {resource.language === 'hi' ? ', in Hindi' : ''}, about{' '}
              {plural(resource.hours, 'hour')}
              {resource.level ? `, ${resource.level}` : ''}
            </span>
          </li>
        ))}
      </ul>
    </details>
  )
}
