import { levelInfo, levelRank } from '../levels'

export type SalaryRowInput = {
  level?: string | null
  min?: number | null
  max?: number | null
  median?: number | null
}

function rowName(row: SalaryRowInput, index: number): string {
  const level = row.level ? (levelInfo(row.level)?.label ?? row.level) : 'no level'
  return `Row ${index + 1} (${level})`
}

/**
 * Everything wrong with a table's rows, each as a sentence an editor can act on. Empty means valid.
 * Levels must be unique and run upwards; each band must have min ≤ median ≤ max and no negatives.
 */
export function salaryRowProblems(rows: readonly SalaryRowInput[]): string[] {
  const problems: string[] = []
  let previousRank = -1
  const seen = new Set<string>()
  rows.forEach((row, index) => {
    const name = rowName(row, index)
    const { min, max, median } = row
    for (const [label, value] of [
      ['minimum', min],
      ['maximum', max],
      ['median', median],
    ] as const) {
      if (value != null && value < 0) problems.push(`${name}: the ${label} cannot be negative.`)
    }
    if (min != null && max != null && min > max) {
      problems.push(`${name}: the minimum (${min}) is above the maximum (${max}).`)
    }
    if (median != null && ((min != null && median < min) || (max != null && median > max))) {
      problems.push(`${name}: the median (${median}) must lie between the minimum and the maximum.`)
    }
    if (!row.level) return
    if (seen.has(row.level)) {
      problems.push(`${name}: this level already has a row; each level appears once.`)
      return
    }
    seen.add(row.level)
    const rank = levelRank(row.level)
    if (rank < previousRank)
      problems.push(
        `${name}: levels must run from fresher upwards; move this row above the more senior ones.`,
      )
    previousRank = Math.max(previousRank, rank)
  })
  return problems
}
