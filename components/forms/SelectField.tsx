type Option = { value: string; label: string }

/**
 * A labelled select for the site's plain GET forms. The label is tied by `id`, not by wrapping, so
 * the select's accessible name is the label alone (not the label plus every option's text).
 */
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
  options: Option[]
  /** A first, unselectable option; makes the field required. */
  placeholder?: string
  className?: string
}) {
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
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
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  )
}
