'use client'

import { type ReactNode, useActionState } from 'react'

import { FormField } from '@/components/forms/FormField'
import { Options } from '@/components/forms/Options'
import type { Choice } from '@/lib/choices'
import type { ReportFormState } from '@/lib/salaries/reports/formState'
import type { ReportDraft, ReportField } from '@/lib/salaries/reports/input'

type Option = Choice

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

type ControlProps = {
  id: string
  name: ReportField
  defaultValue: string
  'aria-invalid': boolean
  'aria-describedby': string | undefined
  className: string
}

const inputClass =
  'rounded-lg border border-slate-300 bg-white px-3 py-2 text-base font-normal aria-[invalid=true]:border-red-600'

/**
 * The salary report form. React posts it through the server action whether or not JavaScript has
 * loaded; the action answers refused sends with a message per field and what was typed, and this
 * form shows them. The client side adds only the pending state.
 */
export function SalaryReportForm(props: SalaryReportFormProps) {
  const [state, formAction, pending] = useActionState(props.action, {})
  const values = { ...props.initial, ...state.values }
  const errors = state.errors ?? {}
  /** A field of the form, labelled, with its hint and its error from the last send. */
  const field = (
    name: ReportField,
    label: string,
    hint: string | undefined,
    control: (props: ControlProps) => ReactNode,
  ) => (
    <FormField id={`report-${name}`} label={label} hint={hint} error={errors[name]}>
      {(describedBy) =>
        control({
          id: `report-${name}`,
          name,
          defaultValue: values[name] ?? '',
          'aria-invalid': Boolean(errors[name]),
          'aria-describedby': describedBy,
          className: inputClass,
        })
      }
    </FormField>
  )
  // The key remounts a control when the action sends back what was typed.
  const select = (
    name: ReportField,
    label: string,
    options: readonly Option[],
    placeholder: string,
    { hint, required = true }: { hint?: string; required?: boolean } = {},
  ) =>
    field(name, label, hint, (props) => (
      <select key={`${name}-${props.defaultValue}`} {...props} aria-required={required}>
        <option value="">{placeholder}</option>
        <Options options={options} />
      </select>
    ))
  const amount = (name: ReportField, label: string, hint: string, required = false) =>
    field(name, label, hint, (props) => (
      <input
        key={`${name}-${props.defaultValue}`}
        {...props}
        autoComplete="off"
        aria-required={required}
      />
    ))
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
        {field(
          'yearsOfExperience',
          'Years of experience (optional)',
          'Whole years of work in this career.',
          (props) => (
            <input key={`yoe-${props.defaultValue}`} {...props} inputMode="numeric" />
          ),
        )}
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
