import { SiteLink } from '@/components/SiteLink'
import type { CareerProgress } from '@/lib/readers/account'
import { describeTally } from '@/lib/readers/progress'
import { NOT_STARTED_LABEL, STAGE_STATUS_LABELS } from '@/lib/readers/vocabulary'

export function RoadmapProgressList({ roles }: { roles: CareerProgress[] }) {
  if (roles.length === 0) {
    return (
      <p className="text-slate-700">
        No progress yet. Mark stages on a career profile’s skill roadmap to track them here.
      </p>
    )
  }
  return (
    <ul className="space-y-6">
      {roles.map((role) => (
        <li key={role.roleId} aria-labelledby={`progress-${role.roleId}`}>
          <h3 id={`progress-${role.roleId}`} className="font-semibold text-slate-900">
            <SiteLink href={`${role.path}#roadmap`} className="text-brand-700 hover:underline">
              {role.title}
            </SiteLink>
          </h3>
          <p className="text-sm text-slate-700">{describeTally(role)}</p>
          <progress
            className="mt-2 h-2 w-full max-w-md accent-brand-600"
            max={role.total}
            value={role.done}
            aria-label={`${role.title}: stages done`}
          />
          <ol className="mt-2 space-y-1 text-sm">
            {role.stages.map((stage) => (
              <li key={stage.id} className="text-slate-800">
                {stage.stage} —{' '}
                <span className="text-slate-500">
                  {stage.status ? STAGE_STATUS_LABELS[stage.status] : NOT_STARTED_LABEL}
                </span>
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ul>
  )
}
