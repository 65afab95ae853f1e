import { SelectField } from '@/components/forms/SelectField'
import { SITE_PATHS } from '@/lib/paths'

type Choice = { slug?: string | null; title: string }

/**
 * Two selects in a plain GET form: it works without JavaScript, and /compare/pick sends the reader
 * on to the pair's one address. On a profile the first career is the profile's own (`from`), sent as
 * a hidden field: one list of every career, not two, on a page that may list a thousand.
 */
export function ComparePicker({
  careers,
  first,
  second,
  from,
  heading = 'Compare any two careers',
  error,
}: {
  careers: Choice[]
  first?: string | null
  second?: string | null
  from?: { slug: string; title: string }
  heading?: string
  error?: string | null
}) {
  const options = careers.filter((c): c is Choice & { slug: string } => Boolean(c.slug))
  if (options.length < (from ? 1 : 2)) return null
  const choices = options.map((c) => ({ value: c.slug, label: c.title }))
  const select = (name: 'a' | 'b', label: string, value: string | null | undefined) => (
    <SelectField
      id={`compare-${name}`}
      name={name}
      label={label}
      value={value}
      options={choices}
      placeholder="Choose a career"
      className="flex-1"
    />
  )
  return (
    <form
      data-print="hide"
      action={SITE_PATHS.comparePick}
      method="get"
      className="rounded-xl border border-slate-200 p-5"
      aria-labelledby="compare-picker-title"
      data-testid="compare-picker"
    >
      <h2 id="compare-picker-title" className="text-lg font-semibold text-slate-900">
        {heading}
      </h2>
      {error && (
        <p role="alert" className="mt-2 text-sm font-medium text-red-800">
          {error}
        </p>
      )}
      <div className="mt-3 flex flex-col gap-3 sm:flex-row sm:items-end">
        {from ? (
          <input type="hidden" name="a" value={from.slug} />
        ) : (
          select('a', 'First career', first)
        )}
        {select('b', from ? `Compare ${from.title} with` : 'Second career', second)}
        <button
          type="submit"
          className="rounded-lg bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700"
        >
          Compare
        </button>
      </div>
    </form>
  )
}
