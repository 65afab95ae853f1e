'use client'

import { useCallback, useEffect, useSyncExternalStore } from 'react'

import type { PageNotes } from '@/lib/readers/notes'
import type { SaveableKind, StageStatus } from '@/lib/readers/vocabulary'

import { addPending, confirmPending, readPending, withPending } from './pendingProgress'
import { OfflineError, RefusedError, send } from './readerApi'

/**
 * The reader’s state for one page, fetched by the browser once per page view and shared by the page’s
 * reader controls (save button, roadmap stages), which re-render when it changes. Roadmap progress
 * includes the marks this browser has not sent yet (./pendingProgress.ts): all of a signed-out
 * reader's, and a signed-in reader's made offline.
 */
export type Progress = Record<string, StageStatus>

/** One stage of a career's roadmap, as the reader's controls for it name it. */
export type Stage = { roleId: string; stageId: string; stageName: string }
export type ReaderState =
  | { status: 'loading' }
  | { status: 'signed-out'; progress: Progress; message?: string }
  | { status: 'failed' }
  | {
      status: 'ready'
      saved: boolean
      progress: Progress
      notes: PageNotes
      message?: string
    }

type Store = { state: ReaderState; listeners: Set<() => void>; loadedAt: number }

const LOADING: ReaderState = { status: 'loading' }
const stores = new Map<string, Store>()

const keyOf = (collection: SaveableKind, id: string) => `${collection}:${id}`

function update(key: string, next: ReaderState) {
  const store = stores.get(key)
  if (!store) return
  store.state = next
  store.listeners.forEach((listener) => listener())
}

function load(collection: SaveableKind, id: string, store: Store) {
  const key = keyOf(collection, id)
  store.loadedAt = Date.now()
  fetch(`/api/reader/state?collection=${collection}&id=${encodeURIComponent(id)}`, {
    cache: 'no-store',
  })
    .then((response) =>
      response.ok ? response.json() : Promise.reject(new Error(String(response.status))),
    )
    .then(
      (body: { signedIn: boolean; saved?: boolean; progress?: Progress; notes?: PageNotes }) => {
        const local = (progress: Progress) =>
          collection === 'roles' ? withPending(progress, id) : progress
        update(
          key,
          body.signedIn
            ? {
                status: 'ready',
                saved: Boolean(body.saved),
                progress: local(body.progress ?? {}),
                notes: body.notes ?? { page: null, stages: {} },
              }
            : { status: 'signed-out', progress: local({}) },
        )
        // Signed in: send what this browser kept (marks made signed out, or offline), for every role.
        signedIn = body.signedIn
        if (body.signedIn) void sendPending()
        // A saved page, opened: what it says now is what the reader has seen (/account's "changed" mark).
        if (body.saved) void send('POST', '/api/reader/seen', { collection, id }).catch(() => {})
      },
    )
    .catch(() => update(key, { status: 'failed' }))
}

function storeFor(collection: SaveableKind, id: string): Store {
  const key = keyOf(collection, id)
  let store = stores.get(key)
  if (!store) {
    store = { state: LOADING, listeners: new Set(), loadedAt: 0 }
    stores.set(key, store)
  }
  return store
}

/** Reloaded each time the page is shown (a reader may have changed it on /account meanwhile), once for all its controls. */
export function useReaderState(collection: SaveableKind, id: string): ReaderState {
  const store = storeFor(collection, id)
  useEffect(() => {
    if (Date.now() - store.loadedAt > 250) load(collection, id, store)
  }, [collection, id, store])
  const subscribe = useCallback(
    (listener: () => void) => {
      store.listeners.add(listener)
      return () => store.listeners.delete(listener)
    },
    [store],
  )
  return useSyncExternalStore(
    subscribe,
    () => store.state,
    () => LOADING,
  )
}

/**
 * Whether a kept mark is wrong for good (bad input, a stage or page that is gone): then it is dropped.
 * Anything else — signed out meanwhile (401), a refused origin, a rate limit, a server error — may
 * pass, so the mark stays to be sent again.
 */
const refusedForGood = (error: unknown) =>
  error instanceof RefusedError && (error.status === 400 || error.status === 404)

/** Whether the last reader state this page loaded was signed in: only then are kept marks sent. */
let signedIn = false

/** Applies a change optimistically, then confirms it with the server (or puts it back with a message). */
async function change(
  key: string,
  optimistic: (state: Extract<ReaderState, { status: 'ready' }>) => ReaderState,
  request: () => Promise<Partial<Extract<ReaderState, { status: 'ready' }>>>,
) {
  const before = stores.get(key)?.state
  if (before?.status !== 'ready') return
  update(key, optimistic(before))
  try {
    const confirmed = await request()
    const current = stores.get(key)!.state
    if (current.status === 'ready') update(key, { ...current, ...confirmed, message: undefined })
  } catch (error) {
    update(key, { ...before, message: (error as Error).message })
  }
}

export function setSaved(collection: SaveableKind, id: string, saved: boolean) {
  return change(
    keyOf(collection, id),
    (s) => ({ ...s, saved }),
    async () => {
      const body = await send(saved ? 'POST' : 'DELETE', '/api/reader/saves', { collection, id })
      return { saved: Boolean(body.saved) }
    },
  )
}

let sending: Promise<void> | null = null

/**
 * Sends every mark this browser kept, oldest role first; each is confirmed (and forgotten) as the
 * server takes it, and the server keeps the later of its own mark and this one. Stops at the first
 * sign of being offline, to try again when the browser is back online. A mark the server refuses
 * (its stage is gone from the roadmap) is dropped.
 */
async function sendEveryPending(): Promise<void> {
  for (const [roleId, stages] of Object.entries(readPending())) {
    for (const [stage, mark] of Object.entries(stages)) {
      try {
        const body = await send('PUT', '/api/reader/progress', { role: roleId, stage, ...mark })
        confirmPending(roleId, stage, mark.at)
        const current = stores.get(keyOf('roles', roleId))?.state
        if (current?.status === 'ready')
          update(keyOf('roles', roleId), {
            ...current,
            progress: withPending(body.progress as Progress, roleId),
            message: undefined,
          })
      } catch (error) {
        if (!refusedForGood(error)) return
        confirmPending(roleId, stage, mark.at)
      }
    }
  }
}

function sendPending(): Promise<void> {
  if (!signedIn) return Promise.resolve()
  // Cleared once settled (in a later microtask, so never before it is set, even when nothing is pending).
  if (!sending) sending = sendEveryPending().finally(() => (sending = null))
  return sending
}

if (typeof window !== 'undefined') window.addEventListener('online', () => void sendPending())

/**
 * Marks a stage. It is kept in this browser first, so nothing is lost: a signed-out reader's stays
 * there until they sign in; a signed-in reader's is sent at once and forgotten when the server has it,
 * or waits for the connection to come back.
 */
export async function setStage(roleId: string, stage: string, status: StageStatus | null) {
  const key = keyOf('roles', roleId)
  const before = stores.get(key)?.state
  if (before?.status !== 'ready' && before?.status !== 'signed-out') return
  const at = new Date().toISOString()
  addPending(roleId, stage, { status, at })
  update(key, { ...before, progress: withPending(before.progress, roleId), message: undefined })
  if (before.status === 'signed-out') return
  try {
    const body = await send('PUT', '/api/reader/progress', { role: roleId, stage, status, at })
    confirmPending(roleId, stage, at)
    const current = stores.get(key)!.state
    if (current.status === 'ready')
      update(key, { ...current, progress: withPending(body.progress as Progress, roleId) })
  } catch (error) {
    const current = stores.get(key)!.state
    if (current.status !== 'ready') return
    if (!refusedForGood(error)) {
      update(key, {
        ...current,
        message:
          error instanceof OfflineError
            ? error.message
            : `${(error as Error).message} Your mark is kept in this browser and sent again later.`,
      })
      return
    }
    // Refused for good: forget the mark and show what the server has.
    confirmPending(roleId, stage, at)
    update(key, { ...before, message: (error as Error).message })
  }
}

/**
 * Saves the reader's private note on this page or one of its roadmap stages (empty deletes it).
 * Answers the reason it was not saved, or null when it was.
 */
export async function saveNote(
  collection: SaveableKind,
  id: string,
  stage: string | null,
  text: string,
): Promise<string | null> {
  const key = keyOf(collection, id)
  try {
    const body = await send('PUT', '/api/reader/notes', { collection, id, stage, text })
    const current = stores.get(key)?.state
    if (current?.status === 'ready') update(key, { ...current, notes: body.notes as PageNotes })
    return null
  } catch (error) {
    return (error as Error).message
  }
}
