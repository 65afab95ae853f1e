import { describe, expect, it } from 'vitest'

import { groupTitle, numberEvidence } from '@/components/salary/Evidence'
import type { LatestSalaryTable } from '@/lib/content/salaryTables'

const table = (id: number, overrides: Partial<LatestSalaryTable> = {}) =>
  ({
    id,
    year: 2026,
    market: 'IN',
    currency: 'INR',
    unit: 'lpa',
    rows: [{ level: 'mid', min: 10, max: 20 }],
    method: 'illustrative',
    source: 'Careerscope demo content',
    confidence: 'low',
    lastReviewed: '2026-10-01T00:00:00.000Z',
    previous: null,
    ...overrides,
  }) as unknown as LatestSalaryTable

describe('evidence notes', () => {
  it('gives tables with the same evidence one note and one marker, in the order shown', () => {
    const notes = numberEvidence(
      [
        { title: 'Data Engineer, India 2026', table: table(1) },
        {
          title: 'Backend Developer, India 2026',
          table: table(2, { method: 'editorial-estimate' }),
        },
        { title: 'No table', table: null },
        { title: 'Cloud Engineer, India 2026', table: table(3) },
      ],
      'explorer-',
    )
    expect(notes.map((n) => n && [n.id, n.marker])).toEqual([
      ['evidence-explorer-1', 1],
      ['evidence-explorer-2', 2],
      null,
      ['evidence-explorer-1', 1],
    ])
    expect(notes[0]!.titles).toEqual(['Data Engineer, India 2026', 'Cloud Engineer, India 2026'])
    // Each table still knows its own figures.
    expect(notes[3]!.table.id).toBe(3)
  })

  it('keeps a note of its own for a table whose pay moved since last year, or reviewed another day', () => {
    const moved = table(2, {
      previous: {
        year: 2025,
        rows: [{ level: 'mid', min: 8, max: 18 }],
        currency: 'INR',
        unit: 'lpa',
      },
    } as Partial<LatestSalaryTable>)
    const notes = numberEvidence([
      { title: 'A', table: table(1) },
      { title: 'B', table: moved },
      { title: 'C', table: table(3, { lastReviewed: '2026-11-01T00:00:00.000Z' }) },
      { title: 'D', table: table(4) },
    ])
    expect(notes.map((n) => n?.marker)).toEqual([1, 2, 3, 1])
  })

  it('keeps one note per table where each is shown apart (a profile, a section per market)', () => {
    const notes = numberEvidence(
      [
        { title: 'Machine Learning Engineer, India 2026', table: table(1) },
        { title: 'Machine Learning Engineer, United States 2026', table: table(2) },
      ],
      '',
      { share: false },
    )
    expect(notes.map((n) => [n?.id, n?.marker, n?.titles.length])).toEqual([
      ['evidence-1', 1, 1],
      ['evidence-2', 2, 1],
    ])
  })

  it('names the tables of a shared note once, with what they have in common', () => {
    expect(groupTitle(['Data Engineer, India 2026', 'Cloud Engineer, India 2026'])).toBe(
      'Data Engineer, Cloud Engineer (India 2026)',
    )
    expect(groupTitle(['Data Engineer, India 2026', 'Cloud Engineer, US 2026'])).toBe(
      'Data Engineer, India 2026; Cloud Engineer, US 2026',
    )
    expect(groupTitle(['Data Engineer, India 2026'])).toBe('Data Engineer, India 2026')
  })
})
