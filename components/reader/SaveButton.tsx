'use client'

import { signInPath } from '@/lib/paths'
import type { SaveableKind } from '@/lib/readers/vocabulary'

import { setSaved, useReaderState } from './readerState'

const BUTTON = 'inline-flex items-center gap-2 rounded-lg border px-4 py-2 text-sm font-medium'

/** Save this page to the reader's account; signed-out readers are offered sign-in instead. */
export function SaveButton({
  collection,
  id,
  path,
}: {
  collection: SaveableKind
  id: string
  path: string
}) {
  const state = useReaderState(collection, id)
  if (state.status === 'signed-out') {
    return (
      <a
        href={signInPath(path)}
        className={`${BUTTON} border-brand-600 text-brand-700 hover:bg-brand-50`}
      >
        Sign in to save this page
      </a>
    )
  }
  if (state.status !== 'ready') {
    return (
      <button type="button" disabled className={`${BUTTON} border-slate-300 text-slate-500`}>
        Save
      </button>
    )
  }
  return (
    <span className="inline-flex flex-wrap items-center gap-3">
      <button
        type="button"
        aria-pressed={state.saved}
        onClick={() => setSaved(collection, id, !state.saved)}
        className={`${BUTTON} ${state.saved ? 'border-brand-700 bg-brand-700 text-white hover:bg-brand-900' : 'border-brand-600 text-brand-700 hover:bg-brand-50'}`}
      >
        {state.saved ? 'Saved' : 'Save'}
      </button>
      <span role="status" className="text-sm text-red-700">
        {state.message}
      </span>
    </span>
  )
}
