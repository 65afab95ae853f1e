import type { ReactNode } from 'react'

/**
 * A list's filters as a plain GET form with its Show button: it works without JavaScript, and the
 * page reads the view from the query string. Two fields to a row on phones (a last field left alone
 * takes the whole row, so long choices such as "Most in demand first" are not cut), then the button
 * across; one row above.
 */
export function FilterForm({
  action,
  label,
  children,
}: {
  action: string
  /** The form's accessible name: "Filter careers". */
  label: string
  children: ReactNode
}) {
  return (
    <form
      action={action}
      method="get"
      className="grid grid-cols-2 items-end gap-3 sm:flex sm:flex-row [&>*:nth-child(odd):nth-last-child(2)]:col-span-2"
      aria-label={label}
    >
      {children}
      <button
        type="submit"
        className="col-span-2 rounded-lg bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700"
      >
        Show
      </button>
    </form>
  )
}
