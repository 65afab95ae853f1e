import { describe, expect, it } from 'vitest'

import { payAxis } from '@/lib/salaries/axis'

describe('the pay axis of a chart', () => {
  it('counts rupees in round LPA steps, ending at or above the highest amount', () => {
    const axis = payAxis(8_300_000, { currency: 'INR', market: 'IN' })
    expect(axis.max).toBe(10_000_000)
    expect(axis.ticks.map((t) => t.label)).toEqual([
      '₹0 LPA',
      '₹20 LPA',
      '₹40 LPA',
      '₹60 LPA',
      '₹80 LPA',
      '₹100 LPA',
    ])
    expect(axis.ticks.map((t) => t.percent)).toEqual([0, 20, 40, 60, 80, 100])
    expect(payAxis(2_600_000, { currency: 'INR' }).ticks.map((t) => t.label)).toEqual([
      '₹0 LPA',
      '₹10 LPA',
      '₹20 LPA',
      '₹30 LPA',
    ])
  })

  it('counts other currencies a year, and never divides by nothing', () => {
    const dollars = payAxis(142_000, { currency: 'USD', market: 'US' })
    expect(dollars.max).toBe(150_000)
    expect(dollars.ticks.at(-1)!.label).toBe('$150,000/yr')
    expect(payAxis(0, { currency: 'INR' }).max).toBeGreaterThan(0)
  })
})
