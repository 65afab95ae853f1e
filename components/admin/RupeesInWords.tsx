'use client'

import { useField } from '@payloadcms/ui'

import { lpaText } from '@/lib/salaries/rupees'

/** Under a rupee amount in the admin: 1900000 reads "₹19 LPA", as readers and the desk say it. */
export function RupeesInWords() {
  // The field's own path comes from the form's context.
  const { value, path } = useField<number | null>()
  if (typeof value !== 'number' || !Number.isFinite(value)) return null
  return (
    <p className="field-description" data-testid={`rupees-${path}`}>
      {lpaText(value)}
    </p>
  )
}
