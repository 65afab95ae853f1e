import { SiteLink } from '@/components/SiteLink'
import { SITE_PATHS } from '@/lib/paths'
import type { Resolved } from '@/lib/search/careerNames'

import { CareerField } from './CareerField'

type Field = 'a' | 'b'

/** What the pick page found for each field, when the picker comes back to be corrected. */
export type PickerState = {
  values: Partial<Record<Field, string>>
  problem: string
  first: Resolved
  second: Resolved
}

const fieldError = (resolved: Resolved | undefined) =>
  resolved?.kind === 'none'
    ? 'No career on the site has this name.'
    : resolved?.kind === 'ambiguous'
      ? 'More than one career matches: choose one below.'
      : undefined

/**
 * Two career names in a plain GET form: it works without JavaScript (the pick page matches the
 * names and sends the reader on to the pair's one address), and suggests careers as the reader
 * types once scripts run. On a profile the first career is the profile's own (`from`), a hidden
 * field. No list of every career is sent with the page, so it weighs the same at 13 careers or 1,000.
 */
export function ComparePicker({
  from,
  heading = 'Compare any two careers',
  state,
}: {
  from?: { slug: string; title: string }
  heading?: string
  state?: PickerState
}) {
  const resolved = { a: state?.first, b: state?.second }
  const values = state?.values ?? {}
  // What a link sends for a field: the career it already means, by address, else the reader's text.
  const sent = (name: Field) => {
    const found = resolved[name]
    return found?.kind === 'career' ? found.career.slug : (values[name] ?? '')
  }
  const field = (name: Field, label: string) => {
    const found = resolved[name]
    const other: Field = name === 'a' ? 'b' : 'a'
    const choose = (slug: string) =>
      `${SITE_PATHS.comparePick}?${new URLSearchParams({ [name]: slug, [other]: sent(other) })}`
    return (
      <div className="flex-1">
        <CareerField
          // A new answer from the pick page (its links navigate in place) starts the field afresh.
          key={`${name}:${values[name] ?? ''}`}
          id={`compare-${name}`}
          name={name}
          label={label}
          defaultValue={values[name]}
          error={fieldError(found)}
          exclude={name === 'b' ? from?.slug : undefined}
        />
        {found?.kind === 'ambiguous' && (
          <ul className="mt-2 flex flex-wrap gap-2" aria-label={`Careers matching ${label}`}>
            {found.matches.map((career) => (
              <li key={career.slug}>
                <SiteLink
                  href={choose(career.slug)}
                  className="inline-block rounded-full border border-slate-300 px-3 py-1 text-sm text-slate-900 hover:border-brand-600"
                >
                  {career.title}
                </SiteLink>
              </li>
            ))}
          </ul>
        )}
      </div>
    )
  }
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
      {state && (
        <p role="alert" className="mt-2 text-sm font-medium text-red-800">
          {state.problem}
        </p>
      )}
      <div className="mt-3 flex flex-col gap-3 sm:flex-row sm:items-start">
        {from ? <input type="hidden" name="a" value={from.slug} /> : field('a', 'First career')}
        {field('b', from ? `Compare ${from.title} with` : 'Second career')}
        <button
          type="submit"
          className="rounded-lg bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700 sm:mt-6"
        >
          Compare
        </button>
      </div>
    </form>
  )
}
