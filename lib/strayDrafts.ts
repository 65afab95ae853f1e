/** How old an untouched untitled draft must be before it is cleaned up. */
export const STRAY_DRAFT_AGE_MS = 60 * 60 * 1000

/** Saved again this soon after creation still counts as untouched: the form's first autosave. */
const FIRST_AUTOSAVE_MS = 5_000

type Candidate = {
  id: number | string
  title?: string | null
  createdAt: string
  updatedAt: string
}

/**
 * The drafts "Create New" left behind: no title, never edited after the first autosave, and old
 * enough that nobody is still looking at the form.
 */
export function strayDraftIds(drafts: Candidate[], now: Date): (number | string)[] {
  return drafts
    .filter((draft) => !draft.title?.trim())
    .filter((draft) => {
      const created = Date.parse(draft.createdAt)
      const updated = Date.parse(draft.updatedAt)
      return updated - created <= FIRST_AUTOSAVE_MS && now.getTime() - updated >= STRAY_DRAFT_AGE_MS
    })
    .map((draft) => draft.id)
}
