import { describe, expect, it } from 'vitest'

import { salaryRowProblems } from '@/lib/salaries/rows'

describe('salaryRowProblems', () => {
  it('accepts ordered, unique levels with sane bands', () => {
    expect(
      salaryRowProblems([
        { level: 'fresher', min: 5, max: 10 },
        { level: 'mid', min: 14, max: 28, median: 20 },
        { level: 'senior', min: 28, max: 55 },
      ]),
    ).toEqual([])
  })

  it('names the row whose minimum is above its maximum', () => {
    expect(salaryRowProblems([{ level: 'mid', min: 30, max: 28 }])).toEqual([
      'Row 1 (Mid-level): the minimum (30) is above the maximum (28).',
    ])
  })

  it('refuses negative figures', () => {
    expect(salaryRowProblems([{ level: 'fresher', min: -1, max: 5 }])).toEqual([
      'Row 1 (Fresher): the minimum cannot be negative.',
    ])
  })

  it('refuses a median outside the band', () => {
    expect(salaryRowProblems([{ level: 'fresher', min: 5, max: 10, median: 11 }])[0]).toMatch(
      /median \(11\) must lie between/,
    )
  })

  it('refuses repeated and out-of-order levels', () => {
    expect(
      salaryRowProblems([
        { level: 'senior', min: 28, max: 55 },
        { level: 'fresher', min: 5, max: 10 },
        { level: 'fresher', min: 5, max: 10 },
      ]),
    ).toEqual([
      'Row 2 (Fresher): levels must run from fresher upwards; move this row above the more senior ones.',
      'Row 3 (Fresher): this level already has a row; each level appears once.',
    ])
  })
})
