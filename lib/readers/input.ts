import { isTheme, type Theme } from '../theme'
import { ReaderDataError } from './errors'
import { pairCareers, type SavedTarget } from './targets'
import { SAVEABLE_KINDS, type SaveableKind, STAGE_STATUSES, type StageStatus } from './vocabulary'

const isSaveable = (value: unknown): value is SaveableKind =>
  SAVEABLE_KINDS.includes(value as SaveableKind)

/** A roadmap stage's id as the profile renders it: a short string. */
const stageIdOf = (value: unknown): string | null =>
  typeof value === 'string' && value.length <= 64 ? value : null

const idOf = (value: unknown): string | null => {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value)
  if (typeof value === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(value)) return value
  return null
}

/**
 * `{ collection: 'roles' | 'articles', id }`, or `{ collection: 'pairs', id: '<career>-<career>' }`
 * for a generated comparison, from a request body or query string.
 */
export function parseTarget(
  input: { collection?: unknown; id?: unknown } | null | undefined,
): SavedTarget {
  const id = idOf(input?.id)
  const collection = input?.collection
  if (!isSaveable(collection) || !id || (collection === 'pairs' && !pairCareers(id)))
    throw new ReaderDataError(
      'Say which page: collection ("roles", "articles" or "pairs") and id (for a pair, the two career ids joined by "-").',
      400,
    )
  return { collection, id }
}

/**
 * When a mark was made, from a request: an ISO time (marks made offline or before signing in carry
 * theirs); absent means now. A time ahead of the server's (a browser clock running fast) counts as
 * now, so such a reader can still mark stages.
 */
function markTime(value: unknown, now = Date.now()): Date {
  if (value === undefined || value === null) return new Date(now)
  const time = typeof value === 'string' ? Date.parse(value) : NaN
  if (!Number.isFinite(time))
    throw new ReaderDataError('"at" is the time the mark was made, e.g. 2026-12-01T10:00:00Z.', 400)
  return new Date(Math.min(time, now))
}

/** `{ role, stage, status, at? }` where status is "in_progress", "done" or null (not started). */
export function parseStageUpdate(
  input: { role?: unknown; stage?: unknown; status?: unknown; at?: unknown } | null | undefined,
): { role: string; stage: string; status: StageStatus | null; at: Date } {
  const role = idOf(input?.role)
  const stage = stageIdOf(input?.stage)
  const status = input?.status === null ? null : STAGE_STATUSES.find((s) => s === input?.status)
  if (!role || !stage || status === undefined)
    throw new ReaderDataError(
      'Say which stage of which career (role, stage) and its status: "in_progress", "done" or null.',
      400,
    )
  return { role, stage, status, at: markTime(input?.at) }
}

/** `{ collection, id, stage?, text }`: a note on a page or on one of its roadmap stages. */
export function parseNote(
  input: { collection?: unknown; id?: unknown; stage?: unknown; text?: unknown } | null | undefined,
): { target: SavedTarget; stage: string | null; text: string } {
  const target = parseTarget(input)
  const stage =
    input?.stage === undefined || input?.stage === null || input.stage === ''
      ? null
      : (stageIdOf(input.stage) ?? undefined)
  if (stage === undefined || typeof input?.text !== 'string')
    throw new ReaderDataError('Send the note as text, and the stage (if any) as its id.', 400)
  // Plain text: control characters other than line breaks and tabs are dropped (NUL breaks Postgres).
  return {
    target,
    stage,
    text: input.text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ''),
  }
}

const YEAR_MS = 365 * 86_400_000

/**
 * `{ theme: "system" | "light" | "dark", ago? }`: `ago` is how many milliseconds before this request
 * the reader chose it (made offline, or before signing in). Measured on one clock, the browser's,
 * so a browser clock that is wrong cannot put a choice ahead of, or behind, one from another device.
 */
export function parseThemeChoice(
  input: { theme?: unknown; ago?: unknown } | null | undefined,
  now = Date.now(),
): { theme: Theme; at: Date } {
  if (!isTheme(input?.theme))
    throw new ReaderDataError('"theme" is one of "system", "light" or "dark".', 400)
  const ago = input?.ago ?? 0
  // A choice kept offline is sent within days; a year bounds it, and keeps the date a real date.
  if (typeof ago !== 'number' || !Number.isFinite(ago) || ago < 0 || ago > YEAR_MS)
    throw new ReaderDataError(
      '"ago" is how many milliseconds ago the theme was chosen, at most a year.',
      400,
    )
  return { theme: input.theme, at: new Date(now - ago) }
}

/** How many done stages one request may name: far more than any reader marks, far less than abuse. */
export const MAX_DONE_STAGES = 200

/** `{ done: [{ role, stage }] }`: stages this browser marked done (a signed-out reader's marks). */
export function parseDoneStages(
  input: { done?: unknown } | null | undefined,
): { role: string; stage: string }[] {
  const done = input?.done ?? []
  if (!Array.isArray(done) || done.length > MAX_DONE_STAGES)
    throw new ReaderDataError(
      `Send "done" as a list of at most ${MAX_DONE_STAGES} stages, each { role, stage }.`,
      400,
    )
  return done.map((item: { role?: unknown; stage?: unknown } | null) => {
    const role = idOf(item?.role)
    const stage = stageIdOf(item?.stage)
    if (!role || !stage) throw new ReaderDataError('Each done stage is { role, stage }.', 400)
    return { role, stage }
  })
}
