import { LearnedElsewhere } from '@/components/reader/LearnedElsewhere'
import { RoadmapProgressSummary } from '@/components/reader/RoadmapProgressSummary'
import { StageNote } from '@/components/reader/StageNote'
import { StageProgress } from '@/components/reader/StageProgress'
import { shownSkills, skillNames } from '@/lib/skills/refs'
import type { Role } from '@/payload-types'

import { StageResources } from './StageResources'

/** A profile's skill roadmap; with `tracking`, signed-in readers mark stages in progress or done. */
export function Roadmap({
  stages,
  tracking,
}: {
  stages: Role['roadmap']
  tracking?: { roleId: string; path: string }
}) {
  if (!stages?.length) return null
  const stageIds = stages.flatMap((s) => (s.id ? [s.id] : []))
  return (
    <>
      {tracking && (
        <RoadmapProgressSummary roleId={tracking.roleId} stageIds={stageIds} path={tracking.path} />
      )}
      <ol className="space-y-4 border-l-2 border-brand-100 pl-6">
        {stages.map((stage, i) => (
          <li key={stage.id ?? stage.stage} className="relative">
            <span
              aria-hidden="true"
              className="absolute -left-[2.1rem] flex h-6 w-6 items-center justify-center rounded-full bg-brand-600 text-xs font-bold text-white"
            >
              {i + 1}
            </span>
            <h3 className="font-semibold text-slate-900">{stage.stage}</h3>
            {stage.description && <p className="mt-1 text-slate-700">{stage.description}</p>}
            {skillNames(stage.skills).length > 0 && (
              <p className="mt-1 text-sm text-slate-600">
                Skills: {skillNames(stage.skills).join(', ')}
              </p>
            )}
            <StageResources resources={stage.resources ?? []} stage={stage.stage} />
            {tracking && stage.id && (
              <>
                <LearnedElsewhere roleId={tracking.roleId} skills={shownSkills(stage.skills)} />
                <StageProgress
                  roleId={tracking.roleId}
                  stageId={stage.id}
                  stageName={stage.stage}
                />
                <StageNote roleId={tracking.roleId} stageId={stage.id} stageName={stage.stage} />
              </>
            )}
          </li>
        ))}
      </ol>
    </>
  )
}
