import type { TextareaFieldValidation } from 'payload'
import { textarea } from 'payload/shared'

/** A rejected report says why: the reader sees the reason on /account and can correct the report. */
export const reasonWhenRejected: TextareaFieldValidation = (value, options) => {
  const base = textarea(value, options)
  if (base !== true) return base
  const { status } = options.siblingData as { status?: string }
  return status === 'rejected' && !value?.trim()
    ? 'Tell the reader why the report was not accepted: they will see this on their account page.'
    : true
}
