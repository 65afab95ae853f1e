import { describe, expect, it } from 'vitest'

import { isOwnQuery, pageNumber, queryParam } from '@/lib/queryString'

describe('reading a view from the query string', () => {
  it('takes the first of a repeated parameter, from either form of query', () => {
    expect(queryParam({ page: ['2', '3'] }, 'page')).toBe('2')
    expect(queryParam(new URLSearchParams('page=4&page=5'), 'page')).toBe('4')
    expect(queryParam({}, 'page')).toBeUndefined()
  })

  it('reads a page number from 1 to 100,000, anything else as page 1', () => {
    expect(pageNumber('7')).toBe(7)
    for (const raw of [undefined, '', '0', '-2', '1.5', '1e9', 'x', '100001']) {
      expect(pageNumber(raw), String(raw)).toBe(1)
    }
  })

  it("knows a view's own address, so every other spelling is sent to it", () => {
    expect(isOwnQuery({}, '')).toBe(true)
    expect(isOwnQuery({ page: '2' }, '?page=2')).toBe(true)
    expect(isOwnQuery({ page: '1' }, '')).toBe(false)
    expect(isOwnQuery({ demand: 'high', entry: '' }, '?demand=high')).toBe(false)
    expect(isOwnQuery({ page: ['2', '2'] }, '?page=2')).toBe(false)
    expect(isOwnQuery({ q: 'a b&c' }, '?q=a+b%26c')).toBe(true)
  })
})
