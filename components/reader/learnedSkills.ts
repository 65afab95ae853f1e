'use client'

import { useEffect, useSyncExternalStore } from 'react'

import type { Learned } from '@/lib/readers/learned'

import { readPending } from './pendingProgress'
import { send } from './readerApi'

/**
 * The skills the reader has learned on any roadmap, fetched once per page view (a page's stages
 * share one answer; the next page, even reached without a reload, asks again): from the stages
 * this browser marked done (all of a signed-out reader's marks) and, signed in, the account's.
 */
let learned: Learned = {}
/** When it was last asked for: each page view asks again (its stages share one answer). */
let askedAt = 0
const listeners = new Set<() => void>()

/** The stages this browser marked done and has not yet sent to an account. */
const localDoneStages = () =>
  Object.entries(readPending()).flatMap(([role, stages]) =>
    Object.entries(stages).flatMap(([stage, mark]) =>
      mark.status === 'done' ? [{ role, stage }] : [],
    ),
  )

function load() {
  askedAt = Date.now()
  const done = localDoneStages()
  send('POST', '/api/reader/learned', { done: done.slice(0, 200) })
    .then((body) => {
      learned = (body.learned as Learned | undefined) ?? {}
      listeners.forEach((listener) => listener())
    })
    // Offline or refused: the roadmap simply shows no skills learned elsewhere.
    .catch(() => {})
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

const NONE: Learned = {}

/**
 * Asked for once the reader is known: always when signed in, and signed out only when this browser
 * holds marks (read once per page view, not at every render of every stage).
 */
export function useLearnedSkills(reader: 'signed-in' | 'signed-out' | null): Learned {
  useEffect(() => {
    if (!reader || Date.now() - askedAt <= 2000) return
    if (reader === 'signed-in' || localDoneStages().length > 0) load()
  }, [reader])
  return useSyncExternalStore(
    subscribe,
    () => learned,
    () => NONE,
  )
}
