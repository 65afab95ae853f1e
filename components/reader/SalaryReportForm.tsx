'use client'

import { type ReactNode, useActionState } from 'react'

import type { ReportFormState } from '@/lib/salaries/reports/formState'
import type { ReportDraft, ReportField } from '@/lib/salaries/reports/input'

type Option = { value: string; label: string }

export type SalaryReportFormProps = {
  action: (state: ReportFormState, form: FormData) => Promise<ReportFormState>
  careers: Option[]
  levels: Option[]
  cities: Option[]
  companyTypes: Option[]
  years: number[]
  /** The report being edited, or a career chosen beforehand. */
  initial: ReportDraft
  editing?: string
}

const inputClass =
  'rounded-lg border border-slate-300 bg-white px-3 py-2 text-base font-normal aria-[invalid=true]:border-red-600'

/** A labelled field with its hint and error tied to it, so screen readers announce both. */
function Field({
  name,
  label,
  hint,
  error,
  children,
}: {
  name: ReportField
  label: string
  hint?: string
  error?: string
  children: (describedBy: string | undefined) => ReactNode
}) {
  const id = `report-${name}`
  const describedBy =
    [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined
  return (
    <div className="flex flex-col gap-1">
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

/**
 * The salary report form. React posts it through the server action whether or not JavaScript has
 * loaded; the action answers refused sends with a message per field and what was typed, and this
 * form shows them. The client side adds only the pending state.
 */
export function SalaryReportForm(props: SalaryReportFormProps) {
  const [state, formAction, pending] = useActionState(props.action, {})
  const values = { ...props.initial, ...state.values }
  const errors = state.errors ?? {}
  const select = (
    name: ReportField,
    label: string,
    options: Option[],
    placeholder: string,
    { hint, required = true }: { hint?: string; required?: boolean } = {},
  ) => (
    <Field name={name} label={label} hint={hint} error={errors[name]}>
      {(describedBy) => (
        <select
          id={`report-${name}`}
          name={name}
          defaultValue={values[name] ?? ''}
          key={`${name}-${values[name] ?? ''}`}
          aria-required={required}
          aria-invalid={Boolean(errors[name])}
          aria-describedby={describedBy}
          className={inputClass}
        >
          <option value="">{placeholder}</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  )
  const amount = (name: ReportField, label: string, hint: string, required = false) => (
    <Field name={name} label={label} hint={hint} error={errors[name]}>
      {(describedBy) => (
        <input
          id={`report-${name}`}
          name={name}
          autoComplete="off"
          defaultValue={values[name] ?? ''}
          key={`${name}-${values[name] ?? ''}`}
          aria-required={required}
          aria-invalid={Boolean(errors[name])}
          aria-describedby={describedBy}
          className={inputClass}
        />
      )}
    </Field>
  )
  const problems = Object.entries(errors)
  return (
    <form action={formAction} className="max-w-3xl space-y-8" noValidate>
      {props.editing && <input type="hidden" name="report" value={props.editing} />}
      <p className="text-sm text-slate-600">Every answer is needed unless it says optional.</p>
      {state.message && (
        <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-4 text-red-900">
          <p className="font-semibold">{state.message}</p>
          {problems.length > 0 && (
            <ul className="mt-2 list-disc pl-5">
              {problems.map(([field, message]) => (
                <li key={field}>
                  <a href={`#report-${field}`} className="underline">
                    {message}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold text-slate-900">Your job</legend>
        {select('role', 'Career', props.careers, 'Choose a career')}
        {select(
          'year',
          'Year this pay is for',
          props.years.map((y) => ({ value: String(y), label: String(y) })),
          'Choose a year',
        )}
        {select('level', 'Level', props.levels, 'Choose a level', {
          hint: 'Or leave it and give your years of experience.',
          required: false,
        })}
        <Field
          name="yearsOfExperience"
          label="Years of experience (optional)"
          hint="Whole years of work in this career."
          error={errors.yearsOfExperience}
        >
          {(describedBy) => (
            <input
              id="report-yearsOfExperience"
              name="yearsOfExperience"
              inputMode="numeric"
              defaultValue={values.yearsOfExperience ?? ''}
              key={`yoe-${values.yearsOfExperience ?? ''}`}
              aria-invalid={Boolean(errors.yearsOfExperience)}
              aria-describedby={describedBy}
              className={inputClass}
            />
          )}
        </Field>
        {select('city', 'City', props.cities, 'Choose a city')}
        {select('companyType', 'Company type', props.companyTypes, 'Choose a company type')}
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold text-slate-900">Your pay, before tax</legend>
        {amount('ctc', 'Total CTC (₹ a year)', 'e.g. 1850000 or 18.5 LPA', true)}
        {amount('fixed', 'Fixed pay (₹ a year)', 'Base salary and fixed allowances.', true)}
        {amount('variable', 'Variable pay (optional, ₹ a year)', 'Target bonus.')}
        {amount('stock', 'Stock (optional, ₹ a year)', 'Yearly value of vesting stock.')}
        {amount(
          'monthlyInHand',
          'Monthly in-hand (optional)',
          'What reaches your bank each month.',
        )}
      </fieldset>
      <button
        type="submit"
        disabled={pending}
        className="rounded-lg bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {pending ? 'Sending…' : props.editing ? 'Save changes' : 'Send my report'}
      </button>
    </form>
  )
}
