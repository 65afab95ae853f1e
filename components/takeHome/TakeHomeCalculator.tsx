'use client'

import { type FormEvent, type ReactNode, useState } from 'react'

import { FormField } from '@/components/forms/FormField'
import type { Choice } from '@/lib/choices'
import { SITE_PATHS } from '@/lib/paths'
import { rupeesText } from '@/lib/salaries/rupees'
import { gratuityText, pfChoices, pfLabel, stateChoices } from '@/lib/salaries/takeHome/choices'
import {
  ASSUMPTION_PARAMS,
  DEDUCTION_PARAMS,
  defaultsFor,
  parseTakeHome,
  takeHomeAnswer,
  type TakeHomeDraft,
  takeHomeDraft,
  type TakeHomeParam,
} from '@/lib/salaries/takeHome/input'
import { takeHome } from '@/lib/salaries/takeHome/pay'
import { takeHomeSearch } from '@/lib/salaries/takeHome/search'
import { TAKE_HOME_WORDS } from '@/lib/salaries/takeHome/words'

import { TakeHomeResult } from './TakeHomeResult'

const words = TAKE_HOME_WORDS
const inputClass =
  'rounded-lg border border-slate-300 bg-white px-3 py-2 text-base font-normal aria-[invalid=true]:border-red-600'

const ASSUMPTIONS: readonly TakeHomeParam[] = [...ASSUMPTION_PARAMS, 'gross']
const fieldId = (name: string) => `take-home-${name}`

const options = (labels: Record<string, string>): Choice[] =>
  Object.entries(labels).map(([value, label]) => ({ value, label }))

const draftOf = (form: HTMLFormElement) =>
  takeHomeDraft(new URLSearchParams(new FormData(form) as unknown as Record<string, string>))

/**
 * The take-home calculator: a plain GET form whose answer the server renders into the page, so it
 * works without JavaScript. With JavaScript, the answer follows the fields as the reader types (the
 * same computation, in the browser) and the address keeps up, so a result can be shared. A field's
 * message shows once the reader leaves it or sends the form, not while they are typing; sending a
 * form with a problem moves focus to the first field to fix.
 */
export function TakeHomeCalculator({ initial }: { initial: TakeHomeDraft }) {
  const [draft, setDraft] = useState(initial)
  // A query that arrived with problems was sent: say them all. One that arrived whole (a band's
  // link) waits, like an empty form, until the reader leaves a field.
  const [shown, setShown] = useState<'all' | ReadonlySet<string>>(() =>
    Object.keys(initial).length > 0 && parseTakeHome(initial).errors ? 'all' : new Set(),
  )
  const [last, setLast] = useState(() => takeHomeAnswer(initial))
  const parsed = parseTakeHome(draft)
  const year = parsed.year
  const errors = parsed.errors ?? {}
  const visible = (name: TakeHomeParam) =>
    (shown === 'all' || shown.has(name)) && errors[name] ? errors[name] : undefined
  const problems = Object.entries(errors) as [TakeHomeParam, string][]
  const stale = Boolean(last && parsed.errors)

  /** Reads the form, answers it when it can, and says what is wrong with it. */
  const update = (form: HTMLFormElement) => {
    const next = draftOf(form)
    setDraft(next)
    const read = parseTakeHome(next)
    if (read.input) {
      setLast(takeHome(read.input, read.year))
      window.history.replaceState(null, '', `${SITE_PATHS.takeHome}${takeHomeSearch(next)}`)
    }
    return read.errors ?? {}
  }
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = event.currentTarget
    setShown('all')
    const first = Object.keys(update(form))
      .map((name) => form.querySelector<HTMLElement>(`#${fieldId(name)}`))
      .find((field) => field !== null)
    if (first) {
      const group = first.closest('details')
      if (group) group.open = true
      first.focus()
    }
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
      <FormField id={fieldId(name)} label={label} hint={hint} error={error}>
        {(describedBy) =>
          control({
            id: fieldId(name),
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
  const text = (name: TakeHomeParam, placeholder?: string, inputMode?: 'decimal') =>
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
  const opened = (names: readonly TakeHomeParam[]) => names.some((name) => initial[name])
  const states = stateChoices(year)
  const usualState = defaultsFor('ctc').state
  const defaultState = states.find((s) => s.value === usualState)?.label ?? usualState
  const notInGross = '(none for a gross salary)'
  const monthly = last && last.regimes[last.input.regime]
  const search = takeHomeSearch(last && !stale ? draft : {}) || '?ctc=1850000'

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
        {shown === 'all' && problems.length > 0 && !last && (
          <div className="rounded-lg border border-red-300 bg-red-50 p-4 text-red-900">
            <p className="font-semibold">Nothing to work out yet:</p>
            <ProblemList problems={problems} />
          </div>
        )}
        {initial.year && <input type="hidden" name="year" value={initial.year} />}
        {text('ctc', 'e.g. 18.5 LPA')}
        {select('regime', options(words.options.regime))}
        <details open={opened(ASSUMPTIONS)} className="rounded-lg border border-slate-200 p-4">
          <summary className="cursor-pointer font-medium text-slate-900">
            {words.assumptions}
          </summary>
          <div className="mt-4 space-y-4">
            {text('basic', '50', 'decimal')}
            {select('pf', pfChoices(year), `Usual: ${pfLabel('basic', year)} ${notInGross}`)}
            {select(
              'gratuity',
              options(words.options.yesNo),
              `Usual: yes, ${gratuityText(year)} of basic ${notInGross}`,
            )}
            {text('variable', '10', 'decimal')}
            {select('state', states, `Usual: ${defaultState} ${notInGross}`)}
            {text('employerNps', '0', 'decimal')}
            {text('gross', 'e.g. 16,90,000')}
          </div>
        </details>
        <details open={opened(DEDUCTION_PARAMS)} className="rounded-lg border border-slate-200 p-4">
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
        {/* Always in the page, so that screen readers announce each change of the answer. */}
        <p className="sr-only" aria-live="polite">
          {stale
            ? 'Not updated: fix the fields listed.'
            : monthly
              ? `${rupeesText(monthly.monthlyInHand)} a month in hand, ${monthly.label.toLowerCase()}.`
              : ''}
        </p>
        {last ? (
          <div>
            {stale && (
              <div className="mb-4 rounded-lg border border-red-300 bg-red-50 p-4 text-sm text-red-900">
                <p className="font-semibold">
                  The figures below are for your last complete answer. To update them:
                </p>
                <ProblemList problems={problems} />
              </div>
            )}
            <div className={stale ? 'opacity-60' : undefined}>
              <TakeHomeResult result={last} year={year} />
            </div>
          </div>
        ) : (
          <p className="rounded-xl border border-slate-200 p-5 text-slate-700">
            Give your annual CTC to see what reaches your bank account each month.
          </p>
        )}
        <p className="mt-8 text-sm text-slate-600">
          The same calculation as data:{' '}
          <a href={`${SITE_PATHS.takeHomeData}${search}`} className="underline">
            {SITE_PATHS.takeHomeData}
            {search}
          </a>
        </p>
      </div>
    </div>
  )
}

/** The problems of the form, each linking to its field when it has one on the page. */
function ProblemList({ problems }: { problems: [TakeHomeParam, string][] }) {
  const labels = words.fields as Record<string, { label: string }>
  return (
    <ul className="mt-2 list-disc pl-5">
      {problems.map(([name, message]) =>
        labels[name] ? (
          <li key={name}>
            <a href={`#${fieldId(name)}`} className="underline">
              {labels[name].label}: {message}
            </a>
          </li>
        ) : (
          <li key={name}>{message}</li>
        ),
      )}
    </ul>
  )
}
