import type { Role, SalaryTable } from '@/payload-types'

import { levelInfo, SALARY_LEVELS } from '../levels'
import { formatBand } from '../money'
import { type InHand, rowInHand } from '../salaries/takeHome/band'
import { skillNames } from '../skills/refs'
import { describeRating, ON_CALL, RATING } from './ratings'

export type ComparisonRow = {
  key: string
  label: string
  first: string
  second: string
  /** Where the row comes from: a salary table, a profile field, or the editor's own words. */
  source: 'salary' | 'profile' | 'editor'
  /** For a salary row: what each band's middle leaves in hand a month. */
  inHand?: { first: InHand | null; second: InHand | null }
}

export type ComparedSide = {
  role: Pick<Role, 'title' | 'skills' | 'demand' | 'entryDifficulty' | 'workStyle' | 'onCallBurden'>
  salary: Pick<SalaryTable, 'rows' | 'currency' | 'unit' | 'market'> | null
}

export type ExtraRow = { label: string; first: string; second: string }

const MISSING = '—'

const levelRow = (table: ComparedSide['salary'], level: string) =>
  table?.rows.find((r) => r.level === level)

export function salaryBand(table: ComparedSide['salary'], level: string): string | null {
  const row = levelRow(table, level)
  return row && table ? formatBand(row.min, row.max, table) : null
}

/** What the middle (or median) of a level's band leaves in hand a month, for rupee tables. */
export function bandInHand(table: ComparedSide['salary'], level: string): InHand | null {
  const row = levelRow(table, level)
  return row && table ? rowInHand(row, table) : null
}

function salaryRows(first: ComparedSide, second: ComparedSide): ComparisonRow[] {
  return SALARY_LEVELS.filter(({ value }) =>
    [first, second].some((side) => side.salary?.rows.some((r) => r.level === value)),
  ).map(({ value }) => {
    const info = levelInfo(value)!
    return {
      key: `salary-${value}`,
      label: `${info.label} (${info.experience})`,
      first: salaryBand(first.salary, value) ?? MISSING,
      second: salaryBand(second.salary, value) ?? MISSING,
      source: 'salary' as const,
      inHand: {
        first: bandInHand(first.salary, value),
        second: bandInHand(second.salary, value),
      },
    }
  })
}

const PROFILE_ROWS: {
  key: string
  label: string
  read: (role: ComparedSide['role']) => string | null | undefined
}[] = [
  {
    key: 'skills',
    label: 'Core skills',
    read: (r) => skillNames(r.skills).join(', ') || null,
  },
  { key: 'demand', label: 'Demand', read: (r) => describeRating(RATING, r.demand) },
  {
    key: 'entry',
    label: 'Entry difficulty',
    read: (r) => describeRating(RATING, r.entryDifficulty),
  },
  { key: 'style', label: 'Work style', read: (r) => r.workStyle },
  { key: 'oncall', label: 'On-call burden', read: (r) => describeRating(ON_CALL, r.onCallBurden) },
]

/**
 * The comparison table, derived: salary rows from the two salary tables, profile rows from the two
 * roles, then the editor's own rows. Nothing here is typed twice, so a band changed in its salary
 * table is changed in every comparison that shows it.
 */
export function buildComparisonRows(
  first: ComparedSide,
  second: ComparedSide,
  extra: readonly ExtraRow[] = [],
): ComparisonRow[] {
  const profileRows = PROFILE_ROWS.map(({ key, label, read }) => ({
    key,
    label,
    first: read(first.role) || MISSING,
    second: read(second.role) || MISSING,
    source: 'profile' as const,
  })).filter((row) => row.first !== MISSING || row.second !== MISSING)
  const editorRows = extra.map((row, i) => ({
    key: `extra-${i}`,
    ...row,
    source: 'editor' as const,
  }))
  return [...salaryRows(first, second), ...profileRows, ...editorRows]
}
