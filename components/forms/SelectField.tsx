import type { Choice } from '@/lib/choices'

import { FormField } from './FormField'
import { Options } from './Options'

/** A labelled select for the site's plain GET forms. */
export function SelectField({
  id,
  name,
  label,
  value,
  options,
  placeholder,
  className = '',
}: {
  id: string
  name: string
  label: string
  value?: string | null
  options: readonly Choice[]
  /** A first, unselectable option; makes the field required. */
  placeholder?: string
  className?: string
}) {
  return (
    <FormField id={id} label={label} className={className}>
      {() => (
        <select
          id={id}
          name={name}
          required={Boolean(placeholder)}
          defaultValue={value ?? ''}
          className="rounded-lg border border-slate-300 bg-white px-3 py-2 text-base font-normal"
        >
          {placeholder && (
            <option value="" disabled>
              {placeholder}
            </option>
          )}
          <Options options={options} />
        </select>
      )}
    </FormField>
  )
}
