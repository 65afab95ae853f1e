import { choiceOf } from '../../choices'
/**
 * The contribute form, read and checked: one function turns what a reader typed into a report or
 * into a message per field, for the page (with or without JavaScript) and for any other caller.
 */
import { levelInfo, SALARY_LEVELS, type SalaryLevel } from '../../levels'
import { lakhText, parseRupees } from '../rupees'
import {
  CITIES,
  type City,
  COMPANY_TYPES,
  type CompanyType,
  LEVEL_LIMITS,
  REPORT_YEARS_BACK,
} from './vocabulary'

export type ReportInput = {
  role: string
  level: SalaryLevel
  yearsOfExperience: number | null
  city: City
  companyType: CompanyType
  year: number
  ctc: number
  fixed: number
  variable: number
  stock: number
  monthlyInHand: number | null
}

export type ReportField = keyof ReportInput
export type FieldErrors = Partial<Record<ReportField, string>>
export type ParsedReport =
  { report: ReportInput; errors?: never } | { report?: never; errors: FieldErrors }

/** What the form sends back as typed, to fill the form again after a refusal. */
export type ReportDraft = Partial<Record<ReportField, string>>

/** The level years of experience fall in, by the same brackets as the salary tables. */
export function levelForYears(years: number): SalaryLevel {
  if (years <= 2) return 'fresher'
  if (years <= 5) return 'mid'
  if (years <= 9) return 'senior'
  return 'staff'
}

type Form = { get(name: string): unknown }

const text = (form: Form, name: string) => {
  const value = form.get(name)
  return typeof value === 'string' ? value.trim() : ''
}

/** The fields as typed, for redisplay. */
export function reportDraft(form: Form): ReportDraft {
  const names: ReportField[] = [
    'role',
    'level',
    'yearsOfExperience',
    'city',
    'companyType',
    'year',
    'ctc',
    'fixed',
    'variable',
    'stock',
    'monthlyInHand',
  ]
  return Object.fromEntries(names.map((name) => [name, text(form, name).slice(0, 200)]))
}

/** Reads and checks a report; `now` decides which years may be reported. */
export function parseReport(form: Form, now = new Date()): ParsedReport {
  const errors: FieldErrors = {}
  const role = text(form, 'role')
  if (!role) errors.role = 'Choose the career you are reporting pay for.'

  const yearsText = text(form, 'yearsOfExperience')
  let yearsOfExperience: number | null = null
  if (yearsText) {
    const years = Number(yearsText)
    if (!Number.isInteger(years) || years < 0 || years > 50)
      errors.yearsOfExperience = 'Years of experience is a whole number from 0 to 50.'
    else yearsOfExperience = years
  }
  const levelText = text(form, 'level')
  let level: SalaryLevel | undefined = choiceOf(SALARY_LEVELS, levelText)?.value
  if (levelText && !level) errors.level = 'Choose a level from the list.'
  if (!levelText && yearsOfExperience !== null) level = levelForYears(yearsOfExperience)
  if (!level && !errors.level && !errors.yearsOfExperience)
    errors.level = 'Choose your level, or give your years of experience.'

  const city = choiceOf(CITIES, text(form, 'city'))?.value
  if (!city) errors.city = 'Choose the city you work in (or "Remote").'
  const companyType = choiceOf(COMPANY_TYPES, text(form, 'companyType'))?.value
  if (!companyType) errors.companyType = 'Choose the kind of company you work for.'

  const thisYear = now.getUTCFullYear()
  const year = Number(text(form, 'year'))
  if (!Number.isInteger(year) || year > thisYear || year < thisYear - REPORT_YEARS_BACK)
    errors.year = `Report pay for ${thisYear - REPORT_YEARS_BACK}–${thisYear}.`

  const amount = (
    name: 'ctc' | 'fixed' | 'variable' | 'stock' | 'monthlyInHand',
    required: boolean,
  ) => {
    const raw = text(form, name)
    if (!raw) {
      if (required) errors[name] = 'Give this amount in rupees, e.g. 1850000 or 18.5 LPA.'
      return required ? null : 0
    }
    if (raw.startsWith('-')) {
      errors[name] = 'Pay cannot be negative.'
      return null
    }
    const value = parseRupees(raw)
    if (value === null) errors[name] = 'Write the amount in rupees, e.g. 1850000 or 18.5 LPA.'
    return value
  }
  const ctc = amount('ctc', true)
  const fixed = amount('fixed', true)
  const variable = amount('variable', false)
  const stock = amount('stock', false)
  const inHandGiven = Boolean(text(form, 'monthlyInHand'))
  const monthlyInHand = amount('monthlyInHand', false)

  if (ctc !== null && level && !errors.ctc) {
    const [low, high] = LEVEL_LIMITS[level].accepted
    if (ctc < low || ctc > high)
      errors.ctc = `${lakhText(ctc)} a year is outside what we accept for ${levelInfo(level)!.label} (${lakhText(low)}–${lakhText(high)}). Check it is your yearly CTC, in rupees.`
  }
  if (ctc !== null && fixed !== null && !errors.fixed && fixed > ctc)
    errors.fixed = 'Fixed pay cannot be more than the whole CTC.'
  if (ctc !== null && fixed !== null && variable !== null && stock !== null && !errors.fixed) {
    const parts = fixed + variable + stock
    if (parts > ctc && !errors.variable && !errors.stock)
      errors.variable = `Fixed, variable and stock add up to ${lakhText(parts)}, more than the CTC of ${lakhText(ctc)}.`
  }
  if (inHandGiven && monthlyInHand !== null && !errors.monthlyInHand) {
    if (monthlyInHand <= 0)
      errors.monthlyInHand = 'Leave in-hand pay empty, or give what you receive each month.'
    else if (fixed !== null && monthlyInHand * 12 > fixed)
      errors.monthlyInHand =
        'Twelve months of in-hand pay come to more than your fixed pay: check it is monthly.'
  }

  if (Object.keys(errors).length) return { errors }
  return {
    report: {
      role,
      level: level!,
      yearsOfExperience,
      city: city!,
      companyType: companyType!,
      year,
      ctc: ctc!,
      fixed: fixed!,
      variable: variable!,
      stock: stock!,
      monthlyInHand: inHandGiven ? monthlyInHand : null,
    },
  }
}
