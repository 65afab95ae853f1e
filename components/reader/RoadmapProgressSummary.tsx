'use client'

import { signInPath } from '@/lib/paths'
import { describeTally, tallyStages } from '@/lib/readers/progress'

import { useReaderState } from './readerState'

/** Above a roadmap: the reader's tally, and for signed-out readers where it is kept. */
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
  if (state.status !== 'ready' && state.status !== 'signed-out')
    return <p className="mb-4 h-5" aria-hidden="true" />
  return (
    <div className="mb-4 text-sm">
      <p role="status" className="font-medium text-slate-800">
        Your progress: {describeTally(tallyStages(stageIds.map((id) => state.progress[id])))}.
        {state.message && <span className="ml-2 text-red-700">{state.message}</span>}
      </p>
      {state.status === 'signed-out' && (
        <p className="mt-1 text-slate-700">
          Kept in this browser.{' '}
          <a href={signInPath(`${path}#roadmap`)} className="font-medium text-brand-700 underline">
            Sign in
          </a>{' '}
          to keep it on your account and see it on other devices.
        </p>
      )}
    </div>
  )
}
