'use client'

import { type FormEvent, type ReactNode, useState } from 'react'

import { FormField } from '@/components/forms/FormField'
import type { Choice } from '@/lib/choices'
import { SITE_PATHS } from '@/lib/paths'
import {
  parseTakeHome,
  TAKE_HOME_PARAMS,
  type TakeHomeDraft,
  type TakeHomeParam,
} from '@/lib/salaries/takeHome/input'
import { takeHome } from '@/lib/salaries/takeHome/pay'
import { takeHomeSearch } from '@/lib/salaries/takeHome/search'
import { TAKE_HOME_WORDS } from '@/lib/salaries/takeHome/words'

import { TakeHomeResult } from './TakeHomeResult'

const words = TAKE_HOME_WORDS
const inputClass =
  'rounded-lg border border-slate-300 bg-white px-3 py-2 text-base font-normal aria-[invalid=true]:border-red-600'

const ASSUMPTIONS: TakeHomeParam[] = [
  'gross',
  'basic',
  'pf',
  'gratuity',
  'variable',
  'state',
  'employerNps',
]
const DEDUCTIONS: TakeHomeParam[] = [
  'section80c',
  'nps',
  'health',
  'parentsHealth',
  'parentsSenior',
  'rent',
  'city',
  'homeLoanInterest',
]

const options = (labels: Record<string, string>): Choice[] =>
  Object.entries(labels).map(([value, label]) => ({ value, label }))

function draftOf(form: HTMLFormElement): TakeHomeDraft {
  const data = new FormData(form)
  const draft: TakeHomeDraft = {}
  for (const name of TAKE_HOME_PARAMS) {
    const value = data.get(name)
    if (typeof value === 'string' && value.trim()) draft[name] = value.trim().slice(0, 100)
  }
  return draft
}

/**
 * The take-home calculator: a plain GET form whose answer the server renders into the page, so it
 * works without JavaScript. With JavaScript, the answer follows the fields as the reader types (the
 * same computation, in the browser) and the address keeps up, so a result can be shared. A field's
 * message shows once the reader leaves it or sends the form, not while they are typing.
 */
export function TakeHomeCalculator({
  initial,
  states,
  defaultState,
}: {
  initial: TakeHomeDraft
  states: Choice[]
  defaultState: string
}) {
  const submitted = Object.keys(initial).length > 0
  const [draft, setDraft] = useState(initial)
  const [shown, setShown] = useState<'all' | ReadonlySet<string>>(submitted ? 'all' : new Set())
  const parsed = parseTakeHome(draft)
  const [last, setLast] = useState(() =>
    parsed.input ? takeHome(parsed.input, parsed.year) : null,
  )
  const errors = parsed.errors ?? {}
  const visible = (name: TakeHomeParam) =>
    (shown === 'all' || shown.has(name)) && errors[name] ? errors[name] : undefined

  const update = (form: HTMLFormElement) => {
    const next = draftOf(form)
    setDraft(next)
    const result = parseTakeHome(next)
    if (result.input) {
      setLast(takeHome(result.input, result.year))
      window.history.replaceState(null, '', `${SITE_PATHS.takeHome}${takeHomeSearch(next)}`)
    }
  }
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    setShown('all')
    update(event.currentTarget)
  }
  const reveal = (name: string) =>
    setShown((current) => (current === 'all' ? current : new Set([...current, name])))

  const field = (
    name: TakeHomeParam,
    control: (props: {
      id: string
      name: string
      defaultValue: string
      'aria-invalid': boolean
      'aria-describedby': string | undefined
      className: string
    }) => ReactNode,
  ) => {
    const { label, hint } = words.fields[name as keyof typeof words.fields] as {
      label: string
      hint?: string
    }
    const error = visible(name)
    return (
      <FormField id={`take-home-${name}`} label={label} hint={hint} error={error}>
        {(describedBy) =>
          control({
            id: `take-home-${name}`,
            name,
            defaultValue: initial[name] ?? '',
            'aria-invalid': Boolean(error),
            'aria-describedby': describedBy,
            className: inputClass,
          })
        }
      </FormField>
    )
  }
  const text = (
    name: TakeHomeParam,
    placeholder?: string,
    inputMode: 'decimal' | 'text' = 'text',
  ) =>
    field(name, (props) => (
      <input {...props} autoComplete="off" inputMode={inputMode} placeholder={placeholder} />
    ))
  const select = (name: TakeHomeParam, choices: Choice[], usual?: string) =>
    field(name, (props) => (
      <select {...props}>
        {usual !== undefined && <option value="">{usual}</option>}
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    ))
  const opened = (names: TakeHomeParam[]) => names.some((name) => initial[name])
  const stateLabel = states.find((s) => s.value === defaultState)?.label ?? defaultState

  return (
    <div className="grid gap-10 lg:grid-cols-[minmax(0,22rem)_minmax(0,1fr)]">
      <form
        method="get"
        action={SITE_PATHS.takeHome}
        noValidate
        onInput={(event) => update(event.currentTarget)}
        onBlur={(event) => reveal((event.target as unknown as HTMLInputElement).name)}
        onSubmit={onSubmit}
        className="space-y-5"
      >
        {text('ctc', 'e.g. 18.5 LPA')}
        {select('regime', options(words.options.regime))}
        <details open={opened(ASSUMPTIONS)} className="rounded-lg border border-slate-200 p-4">
          <summary className="cursor-pointer font-medium text-slate-900">
            {words.assumptions}
          </summary>
          <div className="mt-4 space-y-4">
            {text('basic', '50', 'decimal')}
            {select(
              'pf',
              options(words.options.pf),
              `Usual: ${words.options.pf.basic} (none for a gross salary)`,
            )}
            {select(
              'gratuity',
              options(words.options.yesNo),
              'Usual: yes, 4.81 % of basic (none for a gross salary)',
            )}
            {text('variable', '10', 'decimal')}
            {select('state', states, `Usual: ${stateLabel} (none for a gross salary)`)}
            {text('employerNps', '0', 'decimal')}
            {text('gross', 'e.g. 16,90,000')}
          </div>
        </details>
        <details open={opened(DEDUCTIONS)} className="rounded-lg border border-slate-200 p-4">
          <summary className="cursor-pointer font-medium text-slate-900">
            {words.deductionsTitle}
          </summary>
          <p className="mt-2 text-sm text-slate-600">{words.deductionsHint}</p>
          <div className="mt-4 space-y-4">
            {text('section80c', '0')}
            {text('nps', '0')}
            {text('health', '0')}
            {text('parentsHealth', '0')}
            {select('parentsSenior', options(words.options.yesNo), 'No')}
            {text('rent', '0')}
            {select('city', options(words.options.city), 'Elsewhere')}
            {text('homeLoanInterest', '0')}
          </div>
        </details>
        <button
          type="submit"
          className="rounded-lg bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
        >
          {words.submit}
        </button>
      </form>
      <div>
        {last ? (
          <div className={parsed.errors ? 'opacity-60' : undefined}>
            {parsed.errors && (
              <p className="mb-4 text-sm font-medium text-red-800" role="status">
                The figures below are for your last complete answer: fix the fields marked to update
                them.
              </p>
            )}
            <TakeHomeResult result={last} year={parsed.year} />
          </div>
        ) : (
          <p className="rounded-xl border border-slate-200 p-5 text-slate-700">
            Give your annual CTC to see what reaches your bank account each month.
          </p>
        )}
      </div>
    </div>
  )
}
