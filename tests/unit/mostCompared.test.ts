import { describe, expect, it } from 'vitest'

import { mostCompared } from '@/lib/comparisons/mostCompared'

describe('the careers editors compare most', () => {
  it('come first by comparisons, then by pay, then by name', () => {
    const careers = [
      { id: 1, title: 'Alpha' },
      { id: 2, title: 'Beta' },
      { id: 3, title: 'Gamma' },
      { id: 4, title: 'Delta' },
      { id: 5, title: 'Epsilon' },
    ]
    const pay: Record<number, number> = { 1: 1_000_000, 3: 3_000_000, 4: 2_000_000 }
    const comparisons = [
      { comparedRoles: [{ id: 2 }, { id: 5 }] },
      { comparedRoles: [{ id: 2 }, { id: 1 }] },
    ]
    expect(mostCompared(careers, comparisons, (c) => pay[c.id]).map((c) => c.title)).toEqual([
      'Beta',
      'Alpha',
      'Epsilon',
      'Gamma',
      'Delta',
    ])
  })
})
