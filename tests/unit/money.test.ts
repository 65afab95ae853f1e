import { describe, expect, it } from 'vitest'

import { formatAmount, formatBand, toAnnualAmount } from '@/lib/money'

const inr = { currency: 'INR', unit: 'lpa', market: 'IN' } as const

describe('money', () => {
  it('writes Indian bands as ₹min–max LPA', () => {
    expect(formatBand(14, 28, inr)).toBe('₹14–28 LPA')
    expect(formatBand(5, 9, inr)).toBe('₹5–9 LPA')
    expect(formatBand(4.5, 7.5, inr)).toBe('₹4.5–7.5 LPA')
  })

  it('collapses a band whose ends are equal', () => {
    expect(formatBand(12, 12, inr)).toBe('₹12 LPA')
  })

  it('writes other markets in their own currency, grouping and unit', () => {
    expect(formatBand(90000, 140000, { currency: 'USD', unit: 'annual', market: 'US' })).toBe(
      '$90,000–140,000/yr',
    )
    expect(formatAmount(4500, { currency: 'GBP', unit: 'monthly', market: 'GB' })).toBe('£4,500/mo')
  })

  it('groups large rupee amounts the Indian way', () => {
    expect(formatAmount(1250000, { currency: 'INR', unit: 'annual', market: 'IN' })).toBe(
      '₹12,50,000/yr',
    )
  })

  it('converts LPA and monthly figures to a yearly amount', () => {
    expect(toAnnualAmount(14, 'lpa')).toBe(1_400_000)
    expect(toAnnualAmount(5000, 'monthly')).toBe(60_000)
    expect(toAnnualAmount(90000, 'annual')).toBe(90_000)
  })
})
