import { describe, expect, it } from 'vitest'

import {
  CAREER_PAGE_SIZE,
  careerListPage,
  careerListSearch,
  DEFAULT_CAREER_LIST_QUERY,
  parseCareerListQuery,
} from '@/lib/search/careerList'

type Career = { title: string; demand?: { level: string }; entryDifficulty?: { level: string } }
const career = (title: string, demand?: string, entry?: string): Career => ({
  title,
  ...(demand && { demand: { level: demand } }),
  ...(entry && { entryDifficulty: { level: entry } }),
})
const careers = [
  career('Data Scientist', 'high', 'high'),
  career('Backend Developer', 'very-high', 'moderate'),
  career('QA Engineer', 'moderate', 'low'),
  career('Astronomer'),
  career('Cloud Engineer', 'high', 'moderate-high'),
]
const PAY: Record<string, number> = {
  'Data Scientist': 2_000_000,
  'Backend Developer': 1_800_000,
  'QA Engineer': 900_000,
  'Cloud Engineer': 2_000_000,
}
const titles = (query: Partial<typeof DEFAULT_CAREER_LIST_QUERY>) =>
  careerListPage(careers, (c) => PAY[c.title], {
    ...DEFAULT_CAREER_LIST_QUERY,
    ...query,
  }).careers.map((c) => c.title)

describe('the careers list', () => {
  it('orders by name, pay either way, demand or ease of entry; careers without the figure last', () => {
    expect(titles({})).toEqual([
      'Astronomer',
      'Backend Developer',
      'Cloud Engineer',
      'Data Scientist',
      'QA Engineer',
    ])
    expect(titles({ sort: 'pay-desc' })).toEqual([
      'Cloud Engineer',
      'Data Scientist',
      'Backend Developer',
      'QA Engineer',
      'Astronomer',
    ])
    expect(titles({ sort: 'pay-asc' })).toEqual([
      'QA Engineer',
      'Backend Developer',
      'Cloud Engineer',
      'Data Scientist',
      'Astronomer',
    ])
    expect(titles({ sort: 'demand' })).toEqual([
      'Backend Developer',
      'Cloud Engineer',
      'Data Scientist',
      'QA Engineer',
      'Astronomer',
    ])
    expect(titles({ sort: 'entry' })).toEqual([
      'QA Engineer',
      'Backend Developer',
      'Cloud Engineer',
      'Data Scientist',
      'Astronomer',
    ])
  })

  it('keeps careers at least this much in demand and at most this hard to enter', () => {
    expect(titles({ demand: 'high' })).toEqual([
      'Backend Developer',
      'Cloud Engineer',
      'Data Scientist',
    ])
    expect(titles({ entry: 'moderate' })).toEqual(['Backend Developer', 'QA Engineer'])
    expect(titles({ demand: 'high', entry: 'moderate-high' })).toEqual([
      'Backend Developer',
      'Cloud Engineer',
    ])
    expect(titles({ demand: 'very-high', entry: 'low' })).toEqual([])
  })

  it('pages the list and counts every match', () => {
    const many = Array.from({ length: CAREER_PAGE_SIZE * 2 + 1 }, (_, i) =>
      career(`Career ${String(i).padStart(3, '0')}`),
    )
    const page = (n: number) =>
      careerListPage(many, () => undefined, { ...DEFAULT_CAREER_LIST_QUERY, page: n })
    expect(page(1)).toMatchObject({ total: many.length, pageCount: 3 })
    expect(page(1).careers).toHaveLength(CAREER_PAGE_SIZE)
    expect(page(3).careers.map((c) => c.title)).toEqual([many.at(-1)!.title])
    expect(page(4).careers).toEqual([])
    expect(careerListPage([], () => undefined, DEFAULT_CAREER_LIST_QUERY).pageCount).toBe(1)
  })

  it('reads a view from the query string and gives each view one address', () => {
    const query = parseCareerListQuery({ demand: 'high', entry: '', sort: 'pay-desc', page: '2' })
    expect(query).toEqual({ sort: 'pay-desc', demand: 'high', entry: null, page: 2 })
    expect(careerListSearch(query)).toBe('?demand=high&sort=pay-desc&page=2')
    expect(careerListSearch(DEFAULT_CAREER_LIST_QUERY)).toBe('')
    // Anything unknown falls back to the default, never to an error.
    expect(
      parseCareerListQuery({ sort: 'drop table', demand: ['high', 'low'], entry: 'x', page: '-1' }),
    ).toEqual({ ...DEFAULT_CAREER_LIST_QUERY, demand: 'high' })
    expect(parseCareerListQuery({ page: '1e9' }).page).toBe(1)
  })
})
