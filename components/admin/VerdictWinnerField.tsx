'use client'

import { FieldLabel, SelectInput, useField } from '@payloadcms/ui'
import type { SelectFieldClientProps } from 'payload'

import { useComparedCareers } from './useComparedCareers'

/** A verdict's winner, offered by the careers' names ("DevOps Engineer") rather than "second". */
export function VerdictWinnerField({ field, path, readOnly }: SelectFieldClientProps) {
  const { value, setValue, showError, errorMessage } = useField<string>({ path })
  const [first, second] = useComparedCareers()
  const options = [
    { value: 'first', label: first ?? 'First career' },
    { value: 'second', label: second ?? 'Second career' },
    { value: 'even', label: 'Even' },
  ]
  return (
    <div className="field-type select">
      <FieldLabel label={field.label} path={path} required={field.required} />
      <SelectInput
        name={field.name}
        path={path}
        options={options}
        value={value}
        readOnly={readOnly}
        showError={showError}
        Error={errorMessage}
        onChange={(option) => {
          const chosen = Array.isArray(option) ? option[0] : option
          setValue(chosen?.value ?? null)
        }}
      />
    </div>
  )
}
