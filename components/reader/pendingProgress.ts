'use client'

import type { StageStatus } from '@/lib/readers/vocabulary'

/**
 * Roadmap marks kept in this browser until the server has them: every mark of a signed-out reader,
 * and a signed-in reader's marks made offline or not yet confirmed. Each carries the time it was made,
 * so that when it is sent (after signing in, or back online) the later mark wins on the server.
 */
export type PendingMark = { status: StageStatus | null; at: string }
type Pending = Record<string, Record<string, PendingMark>>

const STORAGE_KEY = 'careerscope-progress'

export function readPending(): Pending {
  try {
    const parsed = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as unknown
    return parsed && typeof parsed === 'object' ? (parsed as Pending) : {}
  } catch {
    return {}
  }
}

function writePending(pending: Pending) {
  try {
    if (Object.keys(pending).length) localStorage.setItem(STORAGE_KEY, JSON.stringify(pending))
    else localStorage.removeItem(STORAGE_KEY)
  } catch {
    // Storage refused (private mode, full): the mark lives as long as the page.
  }
}

export function addPending(roleId: string, stage: string, mark: PendingMark) {
  const pending = readPending()
  pending[roleId] = { ...pending[roleId], [stage]: mark }
  writePending(pending)
}

/** Forgets a mark the server confirmed — unless a newer one replaced it meanwhile. */
export function confirmPending(roleId: string, stage: string, at: string) {
  const pending = readPending()
  if (pending[roleId]?.[stage]?.at !== at) return
  delete pending[roleId]![stage]
  if (!Object.keys(pending[roleId]!).length) delete pending[roleId]
  writePending(pending)
}

/** The server's progress for a role with this browser's unsent marks laid over it. */
export function withPending(
  progress: Record<string, StageStatus>,
  roleId: string,
): Record<string, StageStatus> {
  const merged = { ...progress }
  for (const [stage, mark] of Object.entries(readPending()[roleId] ?? {})) {
    if (mark.status) merged[stage] = mark.status
    else delete merged[stage]
  }
  return merged
}

/** On sign-out: nothing this reader kept may be sent for whoever signs in next on this browser. */
export function forgetPending() {
  writePending({})
}
