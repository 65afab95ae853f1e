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
export const localDoneStages = () =>
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

/** Asked for only when `wanted`: a signed-in reader, or one with marks in this browser. */
export function useLearnedSkills(wanted: boolean): Learned {
  useEffect(() => {
    if (wanted && Date.now() - askedAt > 2000) load()
  }, [wanted])
  return useSyncExternalStore(
    subscribe,
    () => learned,
    () => NONE,
  )
}
