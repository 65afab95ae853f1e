import type { PayloadRequest } from 'payload'

/**
 * Whether this write only adds a draft version (`?draft=true`, as the admin's "Save draft" and
 * autosave send), leaving the published document untouched. Local API callers that save drafts
 * say so with `context: { draftSave: true }`, since Payload does not pass its `draft` flag to hooks.
 */
export function isDraftSave(req: PayloadRequest): boolean {
  const draft = req.query?.draft
  return draft === 'true' || (draft as unknown) === true || req.context.draftSave === true
}

/** The document goes from published to draft in this write. */
export function isUnpublish(
  data: { _status?: unknown },
  originalDoc: { _status?: unknown } | undefined,
  req: PayloadRequest,
): boolean {
  return originalDoc?._status === 'published' && data._status === 'draft' && !isDraftSave(req)
}
