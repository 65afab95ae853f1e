import { describe, expect, it } from 'vitest'

import { buildComparisonRows, type ComparedSide } from '@/lib/comparisons/comparison'

const side = (
  title: string,
  rows: { level: 'fresher' | 'mid' | 'senior'; min: number; max: number }[],
): ComparedSide => ({
  role: {
    title,
    skills: [{ id: title.length, name: `${title} skill`, createdAt: '', updatedAt: '' }],
    demand: { level: 'high', note: 'many openings' },
    entryDifficulty: { level: 'moderate' },
    workStyle: null,
    onCallBurden: { level: 'occasional' },
  },
  salary: { rows, currency: 'INR', unit: 'lpa', market: 'IN' },
})

describe('buildComparisonRows', () => {
  const first = side('Backend', [
    { level: 'fresher', min: 5, max: 10 },
    { level: 'mid', min: 14, max: 28 },
  ])
  const second = side('DevOps', [
    { level: 'fresher', min: 5, max: 9 },
    { level: 'senior', min: 30, max: 60 },
  ])

  it('derives one salary row per level present on either side, in career order', () => {
    const rows = buildComparisonRows(first, second).filter((r) => r.source === 'salary')
    expect(rows.map((r) => [r.label, r.first, r.second])).toEqual([
      ['Fresher (0–2 yrs)', '₹5–10 LPA', '₹5–9 LPA'],
      ['Mid-level (3–5 yrs)', '₹14–28 LPA', '—'],
      ['Senior / Lead (6–10 yrs)', '—', '₹30–60 LPA'],
    ])
  })

  it('derives profile rows and drops rows empty on both sides', () => {
    const rows = buildComparisonRows(first, second).filter((r) => r.source === 'profile')
    expect(rows.map((r) => r.label)).toEqual([
      'Core skills',
      'Demand',
      'Entry difficulty',
      'On-call burden',
    ])
    expect(rows.find((r) => r.key === 'demand')?.first).toBe('High — many openings')
  })

  it("appends the editor's own rows last", () => {
    const rows = buildComparisonRows(first, second, [
      { label: 'Remote work', first: 'Common', second: 'Less common' },
    ])
    expect(rows.at(-1)).toMatchObject({
      label: 'Remote work',
      first: 'Common',
      second: 'Less common',
      source: 'editor',
    })
  })

  it('shows a dash where a role has no salary table', () => {
    const rows = buildComparisonRows(first, { ...second, salary: null })
    expect(rows.find((r) => r.key === 'salary-fresher')?.second).toBe('—')
  })
})
