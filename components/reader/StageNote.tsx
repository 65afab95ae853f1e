'use client'

import { useState } from 'react'

import { NOTE_MAX_LENGTH } from '@/lib/readers/vocabulary'

import { saveNote, type Stage, useReaderState } from './readerState'

/** A signed-in reader's private note on one roadmap stage: only they see it. */
export function StageNote({ roleId, stageId, stageName }: Stage) {
  const state = useReaderState('roles', roleId)
  const [draft, setDraft] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  if (state.status !== 'ready') return null
  const saved = state.notes.stages[stageId] ?? ''
  const text = draft ?? saved
  return (
    // Not printed: the note is typed in a form, and forms are left out of a printout.
    <details className="mt-2 text-sm" open={Boolean(saved) || undefined} data-print="hide">
      <summary className="cursor-pointer text-slate-700">
        {saved ? 'Your note' : 'Add a private note'}
      </summary>
      <label className="mt-2 block">
        <span className="sr-only">Your note on {stageName}</span>
        <textarea
          value={text}
          maxLength={NOTE_MAX_LENGTH}
          rows={3}
          onChange={(event) => setDraft(event.target.value)}
          className="w-full rounded border border-slate-300 bg-white p-2 text-slate-900"
        />
      </label>
      <button
        type="button"
        disabled={busy || text === saved}
        onClick={async () => {
          setBusy(true)
          const refused = await saveNote('roles', roleId, stageId, text)
          // Kept in the box when it could not be saved, to try again.
          if (!refused) setDraft(null)
          setProblem(refused)
          setBusy(false)
        }}
        className="mt-1 rounded border border-brand-600 px-3 py-1 font-medium text-brand-700 disabled:opacity-50"
      >
        {busy ? 'Saving…' : `Save note on ${stageName}`}
      </button>
      <span className="ml-2 text-slate-600">Only you can see it.</span>
      {problem && (
        <p role="alert" className="mt-1 text-red-700">
          Not saved: {problem}
        </p>
      )}
    </details>
  )
}
