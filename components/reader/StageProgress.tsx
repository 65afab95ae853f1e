'use client'

import {
  NOT_STARTED_LABEL,
  STAGE_STATUS_LABELS,
  STAGE_STATUSES,
  type StageStatus,
} from '@/lib/readers/vocabulary'

import { setStage, type Stage, useReaderState } from './readerState'

/**
 * The reader's status for one roadmap stage: on their account when signed in, in this browser when
 * not (sent to the account when they sign in).
 */
export function StageProgress({ roleId, stageId, stageName }: Stage) {
  const state = useReaderState('roles', roleId)
  if (state.status !== 'ready' && state.status !== 'signed-out') return null
  return (
    <label className="mt-2 inline-flex items-center gap-2 text-sm text-slate-700">
      <span className="sr-only">Your progress on {stageName}</span>
      <span aria-hidden="true">Your progress:</span>
      <select
        value={state.progress[stageId] ?? ''}
        onChange={(event) =>
          setStage(roleId, stageId, (event.target.value || null) as StageStatus | null)
        }
        className="rounded border border-slate-300 bg-white px-2 py-1"
      >
        <option value="">{NOT_STARTED_LABEL}</option>
        {STAGE_STATUSES.map((status) => (
          <option key={status} value={status}>
            {STAGE_STATUS_LABELS[status]}
          </option>
        ))}
      </select>
    </label>
  )
}
