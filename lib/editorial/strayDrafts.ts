/** How old an untouched untitled draft must be before it is cleaned up. */
export const STRAY_DRAFT_AGE_MS = 60 * 60 * 1000

/** Saved again this soon after creation still counts as untouched: the form's first autosave. */
const FIRST_AUTOSAVE_MS = 5_000

type Candidate = {
  id: number | string
  title?: string | null
  createdAt: string
  updatedAt: string
  /** The fields a writer types into first (a distinction, a summary, the rich-text body). */
  content?: unknown[]
}

/** Typed text: a non-blank plain field, or a rich-text tree with a non-blank text node. */
function hasText(value: unknown): boolean {
  return typeof value === 'string' ? value.trim() !== '' : hasTextNode(value)
}

function hasTextNode(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasTextNode)
  if (!value || typeof value !== 'object') return false
  const { text } = value as { text?: unknown }
  if (typeof text === 'string' && text.trim() !== '') return true
  return Object.values(value).some((child) => typeof child === 'object' && hasTextNode(child))
}

/**
 * The drafts "Create New" left behind: no title and no text, never edited after the first
 * autosave, and old enough that nobody is still looking at the form.
 */
export function strayDraftIds(drafts: Candidate[], now: Date): (number | string)[] {
  return drafts
    .filter((draft) => !draft.title?.trim() && !(draft.content ?? []).some(hasText))
    .filter((draft) => {
      const created = Date.parse(draft.createdAt)
      const updated = Date.parse(draft.updatedAt)
      return updated - created <= FIRST_AUTOSAVE_MS && now.getTime() - updated >= STRAY_DRAFT_AGE_MS
    })
    .map((draft) => draft.id)
}
