import type { FieldErrors, ReportDraft } from './input'

/** What the contribute form shows after a refused send: the message, each field's error, what was typed. */
export type ReportFormState = { message?: string; errors?: FieldErrors; values?: ReportDraft }
