import { describe, expect, it } from 'vitest'

import {
  evidenceLine,
  evidenceProblems,
  isOutOfDate,
  shortEvidence,
  yearOnYear,
} from '@/lib/salaries/evidence'
import {
  csvCell,
  explorerPage,
  explorerSearch,
  exportRow,
  parseExplorerQuery,
  toCsv,
} from '@/lib/salaries/explorer'

describe('evidence rules', () => {
  it('asks counted methods for a sample size, and caps what illustrative figures may claim', () => {
    expect(evidenceProblems({ method: 'editorial-estimate', confidence: 'medium' })).toEqual([])
    expect(evidenceProblems({ method: 'survey', confidence: 'low' })).toEqual([
      'A table from survey says how many people it counts: give the sample size.',
    ])
    expect(evidenceProblems({ method: 'illustrative', confidence: 'medium' })).toEqual([
      'An illustrative sample is not data: its confidence can only be low.',
    ])
    const highNeeds =
      'High confidence needs a survey, job postings or reader reports with at least 30 counted, and a source address readers can check.'
    const sourced = { sourceUrls: [{ url: 'https://example.com/report' }] }
    expect(
      evidenceProblems({ method: 'job-postings', confidence: 'high', sampleSize: 400 }),
    ).toEqual([highNeeds])
    expect(
      evidenceProblems({ method: 'job-postings', confidence: 'high', sampleSize: 400, ...sourced }),
    ).toEqual([])
    expect(
      evidenceProblems({
        method: 'editorial-estimate',
        confidence: 'high',
        sampleSize: 1,
        ...sourced,
      }),
    ).toEqual([highNeeds])
    expect(
      evidenceProblems({ method: 'survey', confidence: 'high', sampleSize: 29, ...sourced }),
    ).toEqual([highNeeds])
    expect(evidenceProblems({ method: 'survey', confidence: 'low', sampleSize: 2.5 })).toEqual([
      'The sample size is a whole number of people or postings, from 1 to 10,000,000.',
    ])
    expect(
      evidenceProblems({
        method: 'editorial-estimate',
        confidence: 'low',
        sourceUrls: [
          { url: 'javascript:alert(1)' },
          { url: 'not a url' },
          { url: 'https://user:secret@example.com/' },
          { url: `https://example.com/${'a'.repeat(2000)}` },
        ],
      }),
    ).toEqual([
      'A source must be a web page: start the address with https://.',
      'Write the full address of the source, starting with https://.',
      'Leave the user name and password out of the address.',
      'Keep the address to 2000 characters or fewer.',
    ])
  })

  it('flags a table reviewed more than 12 months ago', () => {
    const now = new Date('2026-11-30T12:00:00Z')
    expect(isOutOfDate('2025-11-30', now)).toBe(true)
    expect(isOutOfDate('2025-12-01', now)).toBe(false)
    expect(isOutOfDate('2026-04-01', now)).toBe(false)
  })

  it('gives the year-on-year change of each level, at the midpoints', () => {
    const rows = (mid: number) => [{ level: 'mid', min: mid - 5, max: mid + 5 }]
    const base = { currency: 'INR', unit: 'lpa' }
    expect(
      yearOnYear({ ...base, year: 2026, rows: rows(22) }, { ...base, year: 2025, rows: rows(20) }),
    ).toEqual({
      fromYear: 2025,
      toYear: 2026,
      levels: [{ level: 'mid', label: 'Mid-level', changePercent: 10 }],
    })
    expect(yearOnYear({ ...base, year: 2026, rows: rows(22) }, null)).toBeNull()
    expect(
      yearOnYear(
        { ...base, year: 2026, rows: rows(22) },
        { ...base, unit: 'annual', year: 2025, rows: rows(20) },
      ),
    ).toBeNull()
  })

  it('names the evidence in one line and in a few words', () => {
    const table = {
      method: 'illustrative',
      source: 'Careerscope demo content',
      confidence: 'low',
      lastReviewed: '2025-07-15',
    }
    const now = new Date('2026-11-30')
    expect(evidenceLine(table, now)).toBe(
      'Illustrative sample, not survey data · Careerscope demo content · low confidence · reviewed 15 Jul 2025 · may be out of date',
    )
    expect(shortEvidence(table, now)).toBe(
      'Illustrative sample, reviewed Jul 2025 (may be out of date)',
    )
  })
})

describe('salary explorer', () => {
  const tables = [
    {
      id: 1,
      role: 10,
      year: 2026,
      currency: 'INR',
      unit: 'lpa' as const,
      method: 'illustrative',
      confidence: 'low',
      source: '=HYPERLINK("x")',
      lastReviewed: '2026-10-01',
      rows: [
        { level: 'fresher', min: 4, max: 8 },
        { level: 'mid', min: 10, max: 20, median: 12 },
      ],
    },
    {
      id: 2,
      role: 20,
      year: 2026,
      currency: 'INR',
      unit: 'monthly' as const,
      method: 'survey',
      confidence: 'medium',
      sampleSize: 120,
      source: 'A survey, 2026',
      lastReviewed: '2024-01-01',
      rows: [{ level: 'mid', min: 100_000, max: 140_000 }],
    },
    // A table of a career readers cannot see (a draft) is never listed.
    {
      ...{ id: 3, role: 30, year: 2026, currency: 'INR', unit: 'lpa' as const },
      source: 's',
      lastReviewed: '2026-01-01',
      rows: [{ level: 'mid', min: 99, max: 100 }],
    },
  ]
  const careers = [
    { id: 10, title: 'Zeta', slug: 'zeta' },
    { id: 20, title: 'Alpha', slug: 'alpha' },
  ]
  const now = new Date('2026-11-30')

  it('reads its query with safe defaults and writes it back without them', () => {
    expect(parseExplorerQuery({})).toEqual({
      market: 'IN',
      level: 'all',
      sort: 'pay-desc',
      page: 1,
    })
    expect(parseExplorerQuery({ market: 'us', level: 'mid', sort: 'career', page: '3' })).toEqual({
      market: 'US',
      level: 'mid',
      sort: 'career',
      page: 3,
    })
    expect(parseExplorerQuery({ market: 'XX', level: 'ceo', sort: 'x', page: '-1' })).toEqual(
      parseExplorerQuery({}),
    )
    expect(explorerSearch(parseExplorerQuery({ level: 'mid', page: '2' }))).toBe(
      '?level=mid&page=2',
    )
  })

  it('lists published careers only, sorted by pay in whole rupees a year', () => {
    const page = explorerPage(tables, careers, parseExplorerQuery({}))
    // ₹1.2 lakh a month (14.4 LPA) sorts above a 12 LPA median.
    expect(page.rows.map((r) => [r.career, r.level, r.typical])).toEqual([
      ['Alpha', 'mid', 120_000],
      ['Zeta', 'mid', 12],
      ['Zeta', 'fresher', 6],
    ])
    expect(exportRow(page.rows[0]!, (p) => p, now).mayBeOutOfDate).toBe(true)
    expect(exportRow(page.rows[1]!, (p) => p, now).mayBeOutOfDate).toBe(false)
    expect(page.rows[1]!.typicalIsMedian).toBe(true)
    const ascending = explorerPage(
      tables,
      careers,
      parseExplorerQuery({ sort: 'pay-asc', level: 'mid' }),
    )
    expect(ascending.rows.map((r) => r.career)).toEqual(['Zeta', 'Alpha'])
    expect(explorerPage(tables, careers, parseExplorerQuery({ page: '9' })).query.page).toBe(1)
  })

  it('writes CSV that spreadsheets cannot run', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`)
    expect(csvCell('a, b')).toBe('"a, b"')
    expect(csvCell(null)).toBe('')
    expect(csvCell(12.5)).toBe('12.5')
    const csv = toCsv([{ career: 'Zeta', level: 'Mid-level', min: 10 }])
    expect(csv.split('\r\n')[0]).toMatch(
      /^career,level,min,max,median,currency,unit,year,method,confidence/,
    )
    // 23 columns: the editorial band and its evidence, then the reader-report figures.
    expect(csv.split('\r\n')[1]).toBe(`Zeta,Mid-level,10${','.repeat(20)}`)
  })
})
