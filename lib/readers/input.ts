import { ReaderDataError } from './errors'
import type { SavedTarget } from './records'
import {
  SAVEABLE_COLLECTIONS,
  type SaveableCollection,
  STAGE_STATUSES,
  type StageStatus,
} from './vocabulary'

const isSaveable = (value: unknown): value is SaveableCollection =>
  SAVEABLE_COLLECTIONS.includes(value as SaveableCollection)

const idOf = (value: unknown): string | null => {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value)
  if (typeof value === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(value)) return value
  return null
}

/** `{ collection: 'roles' | 'articles', id }` from a request body or query string. */
export function parseTarget(
  input: { collection?: unknown; id?: unknown } | null | undefined,
): SavedTarget {
  const id = idOf(input?.id)
  if (!isSaveable(input?.collection) || !id)
    throw new ReaderDataError('Say which page: collection ("roles" or "articles") and id.', 400)
  return { collection: input.collection, id }
}

/** `{ role, stage, status }` where status is "in_progress", "done" or null (not started). */
export function parseStageUpdate(
  input: { role?: unknown; stage?: unknown; status?: unknown } | null | undefined,
): { role: string; stage: string; status: StageStatus | null } {
  const role = idOf(input?.role)
  const stage = typeof input?.stage === 'string' && input.stage.length <= 64 ? input.stage : null
  const status = input?.status === null ? null : STAGE_STATUSES.find((s) => s === input?.status)
  if (!role || !stage || status === undefined)
    throw new ReaderDataError(
      'Say which stage of which career (role, stage) and its status: "in_progress", "done" or null.',
      400,
    )
  return { role, stage, status }
}
