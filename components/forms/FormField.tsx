import type { ReactNode } from 'react'

/**
 * A labelled form field, with its hint and error tied to the control by `aria-describedby` so that
 * screen readers announce both. The label is tied by `id`, not by wrapping, so the control's
 * accessible name is the label alone (for a select, not the label plus every option's text).
 */
export function FormField({
  id,
  label,
  hint,
  error,
  className,
  children,
}: {
  id: string
  label: string
  hint?: string
  error?: string
  className?: string
  children: (describedBy: string | undefined) => ReactNode
}) {
  const describedBy =
    [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined
  return (
    <div
      className={
        className === undefined ? 'flex flex-col gap-1' : `flex flex-col gap-1 ${className}`
      }
    >
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      {children(describedBy)}
      {error && (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </div>
  )
}
