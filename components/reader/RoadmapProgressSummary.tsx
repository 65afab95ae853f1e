'use client'

import { signInPath } from '@/lib/paths'
import { describeTally, tallyStages } from '@/lib/readers/progress'

import { useReaderState } from './readerState'

/** Above a roadmap: the reader's tally, or an invitation to sign in and track it. */
export function RoadmapProgressSummary({
  roleId,
  stageIds,
  path,
}: {
  roleId: string
  stageIds: string[]
  path: string
}) {
  const state = useReaderState('roles', roleId)
  if (state.status === 'signed-out') {
    return (
      <p className="mb-4 text-sm text-slate-700">
        <a href={signInPath(`${path}#roadmap`)} className="font-medium text-brand-700 underline">
          Sign in
        </a>{' '}
        to track your progress through this roadmap.
      </p>
    )
  }
  if (state.status !== 'ready') return <p className="mb-4 h-5" aria-hidden="true" />
  return (
    <p role="status" className="mb-4 text-sm font-medium text-slate-800">
      Your progress: {describeTally(tallyStages(stageIds.map((id) => state.progress[id])))}.
      {state.message && <span className="ml-2 text-red-700">{state.message}</span>}
    </p>
  )
}
