import type {
  ArrayFieldValidation,
  NumberFieldSingleValidation,
  SelectFieldSingleValidation,
} from 'payload'
import { array, number, select } from 'payload/shared'

import { currencyProblem } from '@/lib/markets'
import { type SalaryRowInput, salaryRowProblems } from '@/lib/salaries/rows'

/** Payload's own array checks (required, minRows) first, then ours across the rows. */
export const validateSalaryRows: ArrayFieldValidation = (value, options) => {
  const base = array(value, options)
  if (base !== true) return base
  const rows = (options.data as { rows?: SalaryRowInput[] })?.rows ?? []
  const problems = salaryRowProblems(rows)
  return problems.length === 0 ? true : problems.join(' ')
}

/** Payload's option check, then: the currency of the table's market. */
export const validCurrency: SelectFieldSingleValidation = (value, options) => {
  const base = select(value, options)
  if (base !== true) return base
  return currencyProblem(value, (options.siblingData as { market?: unknown }).market) ?? true
}

export const nonNegativeNumber: NumberFieldSingleValidation = (value, options) => {
  const base = number(value, options)
  if (base !== true) return base
  return value == null || value >= 0 || 'Salaries cannot be negative.'
}
