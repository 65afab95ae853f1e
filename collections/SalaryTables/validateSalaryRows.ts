import type { ArrayFieldValidation, NumberFieldSingleValidation } from 'payload'
import { array, number } from 'payload/shared'

import { type SalaryRowInput, salaryRowProblems } from '@/lib/salaryRows'

/** Payload's own array checks (required, minRows) first, then ours across the rows. */
export const validateSalaryRows: ArrayFieldValidation = (value, options) => {
  const base = array(value, options)
  if (base !== true) return base
  const rows = (options.data as { rows?: SalaryRowInput[] })?.rows ?? []
  const problems = salaryRowProblems(rows)
  return problems.length === 0 ? true : problems.join(' ')
}

export const nonNegativeNumber: NumberFieldSingleValidation = (value, options) => {
  const base = number(value, options)
  if (base !== true) return base
  return value == null || value >= 0 || 'Salaries cannot be negative.'
}
