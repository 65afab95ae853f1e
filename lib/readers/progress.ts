import type { StageStatus } from './vocabulary'

export type StageTally = { done: number; inProgress: number; total: number }

/** How far through a roadmap a reader is, from each stage's status (missing: not started). */
export function tallyStages(statuses: readonly (StageStatus | null | undefined)[]): StageTally {
  return {
    done: statuses.filter((s) => s === 'done').length,
    inProgress: statuses.filter((s) => s === 'in_progress').length,
    total: statuses.length,
  }
}

/** "2 of 4 stages done, 1 in progress" */
export const describeTally = ({ done, inProgress, total }: StageTally) =>
  `${done} of ${total} stages done${inProgress ? `, ${inProgress} in progress` : ''}`
