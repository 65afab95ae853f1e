'use client'

import { useCallback, useEffect, useSyncExternalStore } from 'react'

import type { SaveableCollection, StageStatus } from '@/lib/readers/vocabulary'

/**
 * The signed-in reader’s state for one page, fetched by the browser once per page view and shared by the page’s
 * reader controls (save button, roadmap stages), which re-render when it changes.
 */
export type ReaderState =
  | { status: 'loading' }
  | { status: 'signed-out' }
  | { status: 'failed' }
  | { status: 'ready'; saved: boolean; progress: Record<string, StageStatus>; message?: string }

type Store = { state: ReaderState; listeners: Set<() => void>; loadedAt: number }

const LOADING: ReaderState = { status: 'loading' }
const stores = new Map<string, Store>()

const keyOf = (collection: SaveableCollection, id: string) => `${collection}:${id}`

function update(key: string, next: ReaderState) {
  const store = stores.get(key)
  if (!store) return
  store.state = next
  store.listeners.forEach((listener) => listener())
}

function load(collection: SaveableCollection, id: string, store: Store) {
  const key = keyOf(collection, id)
  store.loadedAt = Date.now()
  fetch(`/api/reader/state?collection=${collection}&id=${encodeURIComponent(id)}`, {
    cache: 'no-store',
  })
    .then((response) =>
      response.ok ? response.json() : Promise.reject(new Error(String(response.status))),
    )
    .then((body: { signedIn: boolean; saved?: boolean; progress?: Record<string, StageStatus> }) =>
      update(
        key,
        body.signedIn
          ? { status: 'ready', saved: Boolean(body.saved), progress: body.progress ?? {} }
          : { status: 'signed-out' },
      ),
    )
    .catch(() => update(key, { status: 'failed' }))
}

function storeFor(collection: SaveableCollection, id: string): Store {
  const key = keyOf(collection, id)
  let store = stores.get(key)
  if (!store) {
    store = { state: LOADING, listeners: new Set(), loadedAt: 0 }
    stores.set(key, store)
  }
  return store
}

/** Reloaded each time the page is shown (a reader may have changed it on /account meanwhile), once for all its controls. */
export function useReaderState(collection: SaveableCollection, id: string): ReaderState {
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

async function send(method: string, url: string, body: unknown): Promise<Record<string, unknown>> {
  // keepalive: a reader who clicks and leaves the page at once still gets the write.
  const response = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    keepalive: true,
  })
  const json = (await response.json().catch(() => ({}))) as Record<string, unknown>
  if (!response.ok)
    throw new Error(
      typeof json.message === 'string' ? json.message : 'That did not work. Please try again.',
    )
  return json
}

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

export function setSaved(collection: SaveableCollection, id: string, saved: boolean) {
  return change(
    keyOf(collection, id),
    (s) => ({ ...s, saved }),
    async () => {
      const body = await send(saved ? 'POST' : 'DELETE', '/api/reader/saves', { collection, id })
      return { saved: Boolean(body.saved) }
    },
  )
}

export function setStage(roleId: string, stage: string, status: StageStatus | null) {
  return change(
    keyOf('roles', roleId),
    (s) => {
      const progress = { ...s.progress }
      if (status) progress[stage] = status
      else delete progress[stage]
      return { ...s, progress }
    },
    async () => ({
      progress: (await send('PUT', '/api/reader/progress', { role: roleId, stage, status }))
        .progress as Record<string, StageStatus>,
    }),
  )
}
