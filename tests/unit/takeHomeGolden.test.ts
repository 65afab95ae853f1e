/**
 * Golden cases for the take-home calculator, each worked by hand from the official slabs (the
 * arithmetic is in the comment beside it) and checked through the same parameters the page and
 * /salaries/take-home.json take. Sources, for tax year 2026-27:
 *   [202]  Income-tax Act, 2025, s.202(1): new-regime slabs.
 *   [FA-A] Finance Act, 2026, First Schedule, Part I-B, Paragraph A: old-regime slabs.
 *   [19]   s.19(1), Table, Sl. No. 2: standard deduction ₹75,000 (new) / ₹50,000 (old).
 *   [156]  s.156(1) (old: ₹12,500 up to ₹5 lakh, no marginal relief); s.156(2) (new: ₹60,000 up to
 *          ₹12 lakh; above it the tax may not exceed the income over ₹12 lakh).
 *   [FA-F] Finance Act, 2026, s.3(4)–(5) and Paragraph F: surcharge 10/15/25 % over ₹50 lakh,
 *          ₹1 crore, ₹2 crore (37 % over ₹5 crore, old regime only), with marginal relief.
 *   [cess] Finance Act, 2026, s.3(15): 4 % on tax plus surcharge, no marginal relief.
 *   [516]  s.516: total income and tax rounded to the nearest ₹10.
 *   [123] [124] [126] [22] [Sch III]: 80C ₹1.5 lakh; 80CCD(1B) ₹50,000 and 80CCD(2) 14 %/10 % of
 *          basic; 80D ₹25,000 (+ parents ₹25,000, ₹50,000 if senior); home loan ₹2 lakh; HRA.
 *   [EPF]  EPF Act s.6 and EPF Scheme para 26A(2): 12 %, ₹15,000 a month ceiling.
 *   [CSS]  Code on Social Security s.53: gratuity 15/26 of a month's basic a year (4.8077 %).
 *   [PT]   State professional-tax schedules (lib/salaries/takeHome/taxYears/2026-27.ts).
 */
import { describe, expect, it } from 'vitest'

import { parseTakeHome, type TakeHomeDraft } from '@/lib/salaries/takeHome/input'
import { takeHome } from '@/lib/salaries/takeHome/pay'

type Expected = {
  taxableIncome?: number
  rebate?: number
  surcharge?: number
  cess?: number
  totalTax: number
  monthlyInHand?: number
  annualInHand?: number
}
type Case = { name: string; query: TakeHomeDraft; expected: Expected }

/** Tax-only cases start from a gross salary: no PF, gratuity, variable pay or professional tax. */
const gross = (amount: number, extra: TakeHomeDraft = {}): TakeHomeDraft => ({
  gross: String(amount),
  ...extra,
})
const old = { regime: 'old' }
/** A CTC with the employer costs switched off unless the case turns them on. */
const plainCtc = (amount: number, extra: TakeHomeDraft = {}): TakeHomeDraft => ({
  ctc: String(amount),
  pf: 'none',
  gratuity: 'no',
  variable: '0',
  state: 'none',
  ...extra,
})

const CASES: Case[] = [
  // — New regime, slabs and rebate [202] [19] [156] [cess] —
  {
    name: 'new: taxable exactly ₹4 lakh, nil slab',
    query: gross(475_000),
    expected: { taxableIncome: 400_000, totalTax: 0 },
  },
  // 4,00,010 − 4,00,000 = 10 at 5 % = 0.5, rebated.
  {
    name: 'new: ₹10 into the 5 % slab, rebated',
    query: gross(475_010),
    expected: { taxableIncome: 400_010, totalTax: 0 },
  },
  // 20,000 at 5 %, rebated in full.
  {
    name: 'new: taxable ₹8 lakh, rebated',
    query: gross(875_000),
    expected: { taxableIncome: 800_000, rebate: 20_000, totalTax: 0 },
  },
  // 20,000 + 40,000 = 60,000 = the rebate's cap.
  {
    name: 'new: taxable exactly at the ₹12 lakh rebate limit',
    query: gross(1_275_000),
    expected: { taxableIncome: 1_200_000, rebate: 60_000, totalTax: 0 },
  },
  // Slab tax 60,001.5; marginal relief caps it at the ₹10 over the limit; cess 0.4; total 10.4 → ₹10.
  {
    name: 'new: ₹10 above the rebate limit pays ₹10 (marginal relief)',
    query: gross(1_275_010),
    expected: { taxableIncome: 1_200_010, totalTax: 10 },
  },
  // 60,000 + 25,000 × 15 % = 63,750 > 25,000 over the limit → tax 25,000; cess 1,000.
  {
    name: 'new: ₹25,000 above the rebate limit',
    query: gross(1_300_000),
    expected: { taxableIncome: 1_225_000, rebate: 38_750, cess: 1_000, totalTax: 26_000 },
  },
  // 60,000 + 70,000 × 15 % = 70,500 > 70,000 → relief 500; tax 70,000; cess 2,800.
  {
    name: 'new: near the end of the rebate relief',
    query: gross(1_345_000),
    expected: { taxableIncome: 1_270_000, rebate: 500, totalTax: 72_800 },
  },
  // 60,000 + 1,70,000 × 15 % = 85,500 < 1,70,000: no relief; cess 3,420.
  {
    name: 'new: past the rebate relief',
    query: gross(1_445_000),
    expected: { taxableIncome: 1_370_000, rebate: 0, totalTax: 88_920 },
  },
  // 20,000 + 40,000 + 60,000 = 1,20,000; cess 4,800.
  {
    name: 'new: slab edge ₹16 lakh',
    query: gross(1_675_000),
    expected: { taxableIncome: 1_600_000, totalTax: 124_800 },
  },
  // + 80,000 = 2,00,000; cess 8,000.
  {
    name: 'new: slab edge ₹20 lakh',
    query: gross(2_075_000),
    expected: { taxableIncome: 2_000_000, totalTax: 208_000 },
  },
  // + 1,00,000 = 3,00,000; cess 12,000.
  {
    name: 'new: slab edge ₹24 lakh',
    query: gross(2_475_000),
    expected: { taxableIncome: 2_400_000, totalTax: 312_000 },
  },
  // 3,00,000 + 6,00,000 × 30 % = 4,80,000; cess 19,200.
  {
    name: 'new: ₹30 lakh, top slab',
    query: gross(3_075_000),
    expected: { taxableIncome: 3_000_000, totalTax: 499_200 },
  },
  // — New regime, surcharge [FA-F] —
  // 3,00,000 + 26,00,000 × 30 % = 10,80,000; not over ₹50 lakh: no surcharge; cess 43,200.
  {
    name: 'new: exactly ₹50 lakh, no surcharge',
    query: gross(5_075_000),
    expected: { taxableIncome: 5_000_000, surcharge: 0, totalTax: 1_123_200 },
  },
  // Tax 10,83,000; 10 % = 1,08,300, capped at 10,80,000 + 10,000 − 10,83,000 = 7,000; cess 43,600.
  {
    name: 'new: ₹10,000 over ₹50 lakh, surcharge marginal relief',
    query: gross(5_085_000),
    expected: { taxableIncome: 5_010_000, surcharge: 7_000, totalTax: 1_133_600 },
  },
  // Tax 13,80,000; 10 % = 1,38,000 (cap 17,00,000 − 13,80,000 = 7,00,000 not reached); cess 60,720.
  {
    name: 'new: ₹60 lakh, full 10 % surcharge',
    query: gross(6_075_000),
    expected: { surcharge: 138_000, totalTax: 1_578_720 },
  },
  // Tax 25,80,000; still 10 %: 2,58,000; cess 1,13,520.
  {
    name: 'new: exactly ₹1 crore, 10 % surcharge',
    query: gross(10_075_000),
    expected: { surcharge: 258_000, totalTax: 2_951_520 },
  },
  // Tax 25,83,000; 15 % = 3,87,450, capped at 28,38,000 + 10,000 − 25,83,000 = 2,65,000; cess 1,13,920.
  {
    name: 'new: ₹10,000 over ₹1 crore, marginal relief',
    query: gross(10_085_000),
    expected: { surcharge: 265_000, totalTax: 2_961_920 },
  },
  // Tax 55,80,000; 15 % = 8,37,000; cess 2,56,680.
  {
    name: 'new: exactly ₹2 crore, 15 % surcharge',
    query: gross(20_075_000),
    expected: { surcharge: 837_000, totalTax: 6_673_680 },
  },
  // Tax 55,83,000; 25 % = 13,95,750, capped at 64,17,000 + 10,000 − 55,83,000 = 8,44,000; cess 2,57,080.
  {
    name: 'new: ₹10,000 over ₹2 crore, marginal relief',
    query: gross(20_085_000),
    expected: { surcharge: 844_000, totalTax: 6_684_080 },
  },
  // Tax 1,45,80,000; 25 % = 36,45,000; cess 7,29,000.
  {
    name: 'new: exactly ₹5 crore, 25 %',
    query: gross(50_075_000),
    expected: { surcharge: 3_645_000, totalTax: 18_954_000 },
  },
  // The new regime has no 37 % rate: tax 1,45,83,000; 25 % = 36,45,750; cess 7,29,150.
  {
    name: 'new: over ₹5 crore stays at 25 %',
    query: gross(50_085_000),
    expected: { surcharge: 3_645_750, totalTax: 18_957_900 },
  },
  // — Old regime [FA-A] [19] [156] —
  {
    name: 'old: taxable ₹2.5 lakh, nil',
    query: gross(300_000, old),
    expected: { taxableIncome: 250_000, totalTax: 0 },
  },
  // 12,500 at 5 %, rebated in full.
  {
    name: 'old: taxable exactly at the ₹5 lakh rebate limit',
    query: gross(550_000, old),
    expected: { taxableIncome: 500_000, rebate: 12_500, totalTax: 0 },
  },
  // 12,500 + 10 × 20 % = 12,502, no relief in the old regime; cess 500.08 → 13,002.08 → ₹13,000.
  {
    name: 'old: ₹10 above the rebate limit loses the whole rebate',
    query: gross(550_010, old),
    expected: { taxableIncome: 500_010, rebate: 0, totalTax: 13_000 },
  },
  // 12,500 + 1,00,000 = 1,12,500; cess 4,500.
  {
    name: 'old: slab edge ₹10 lakh',
    query: gross(1_050_000, old),
    expected: { taxableIncome: 1_000_000, totalTax: 117_000 },
  },
  // Tax 13,15,500; 10 % = 1,31,550, capped at 13,12,500 + 10,000 − 13,15,500 = 7,000; cess 52,900.
  {
    name: 'old: ₹10,000 over ₹50 lakh, marginal relief',
    query: gross(5_060_000, old),
    expected: { surcharge: 7_000, totalTax: 1_375_400 },
  },
  // Tax 1,48,12,500; 25 % = 37,03,125; cess 7,40,625.
  {
    name: 'old: exactly ₹5 crore, 25 %',
    query: gross(50_050_000, old),
    expected: { surcharge: 3_703_125, totalTax: 19_256_250 },
  },
  // Tax 1,48,15,500; 37 % = 54,81,735, capped at 1,85,15,625 + 10,000 − 1,48,15,500 = 37,10,125.
  {
    name: 'old: ₹10,000 over ₹5 crore, 37 % with marginal relief',
    query: gross(50_060_000, old),
    expected: { surcharge: 3_710_125, totalTax: 19_266_650 },
  },
  // Tax 1,78,12,500; 37 % = 65,90,625 (no relief); cess 9,76,125.
  {
    name: 'old: ₹6 crore, full 37 %',
    query: gross(60_050_000, old),
    expected: { surcharge: 6_590_625, totalTax: 25_379_250 },
  },
  // — Old-regime deductions at and above their caps [123] [124] [126] [22] [Sch III] —
  // 10,50,000 − 50,000 − 1,50,000 = 8,50,000 → 12,500 + 70,000 = 82,500; cess 3,300.
  {
    name: 'old: 80C at its ₹1.5 lakh cap',
    query: gross(1_050_000, { ...old, section80c: '150000' }),
    expected: { taxableIncome: 850_000, totalTax: 85_800 },
  },
  {
    name: 'old: 80C above its cap counts ₹1.5 lakh',
    query: gross(1_050_000, { ...old, section80c: '2 lakh' }),
    expected: { taxableIncome: 850_000, totalTax: 85_800 },
  },
  // Employee PF 12 % of 5,25,000 = 63,000 + 1,00,000 = 1,63,000 → 80C capped at 1,50,000.
  {
    name: 'old: employee PF counts inside 80C',
    query: gross(1_050_000, { ...old, pf: 'basic', section80c: '100000' }),
    expected: { taxableIncome: 850_000, totalTax: 85_800 },
  },
  // − 1,50,000 (80C) − 50,000 (80CCD(1B), 60,000 given) = 8,00,000 → 72,500; cess 2,900.
  {
    name: 'old: own NPS above its ₹50,000 cap',
    query: gross(1_050_000, { ...old, section80c: '150000', nps: '60000' }),
    expected: { taxableIncome: 800_000, totalTax: 75_400 },
  },
  // 80D: 25,000 (30,000 given) + 50,000 for senior parents (60,000 given) → 9,25,000 → 97,500; cess 3,900.
  {
    name: 'old: 80D for self and senior parents, above both caps',
    query: gross(1_050_000, {
      ...old,
      health: '30000',
      parentsHealth: '60000',
      parentsSenior: 'yes',
    }),
    expected: { taxableIncome: 925_000, totalTax: 101_400 },
  },
  // Parents under 60: 25,000 + 25,000 → 9,50,000 → 1,02,500; cess 4,100.
  {
    name: 'old: 80D for parents under 60 capped at ₹25,000',
    query: gross(1_050_000, { ...old, health: '30000', parentsHealth: '60000' }),
    expected: { taxableIncome: 950_000, totalTax: 106_600 },
  },
  // 12,50,000 − 50,000 − 2,00,000 (3,00,000 given) = 10,00,000 → 1,17,000.
  {
    name: 'old: home-loan interest capped at ₹2 lakh',
    query: gross(1_250_000, { ...old, homeLoanInterest: '300000' }),
    expected: { taxableIncome: 1_000_000, totalTax: 117_000 },
  },
  // Basic 6,00,000, HRA 3,00,000 (50 %), rent 3,00,000 − 60,000 = 2,40,000 → exempt 2,40,000;
  // 12,00,000 − 2,40,000 − 50,000 = 9,10,000 → 94,500; cess 3,780.
  {
    name: 'old: HRA limited by rent less 10 % of basic',
    query: gross(1_200_000, { ...old, rent: '25000', city: 'metro' }),
    expected: { taxableIncome: 910_000, totalTax: 98_280 },
  },
  // Rent 3,60,000 − 60,000 = 3,00,000 = 50 % of basic = HRA → 3,00,000 → 8,50,000 → 85,800.
  {
    name: 'old: HRA at 50 % of basic in a listed city',
    query: gross(1_200_000, { ...old, rent: '30000', city: 'metro' }),
    expected: { taxableIncome: 850_000, totalTax: 85_800 },
  },
  // Elsewhere HRA and its cap are 40 % = 2,40,000 → 9,10,000 → 98,280.
  {
    name: 'old: HRA at 40 % of basic elsewhere',
    query: gross(1_200_000, { ...old, rent: '30000', city: 'other' }),
    expected: { taxableIncome: 910_000, totalTax: 98_280 },
  },
  // — Employer NPS, both regimes [124] —
  // Basic 10,00,000 × 14 % = 1,40,000 → 20,00,000 − 75,000 − 1,40,000 = 17,85,000 → 1,57,000; cess 6,280.
  {
    name: 'new: employer NPS at 14 % of basic',
    query: gross(2_000_000, { employerNps: '14' }),
    expected: { taxableIncome: 1_785_000, totalTax: 163_280 },
  },
  // Old: capped at 10 % = 1,00,000 → 18,50,000 → 1,12,500 + 2,55,000 = 3,67,500; cess 14,700.
  {
    name: 'old: employer NPS capped at 10 % of basic',
    query: gross(2_000_000, { ...old, employerNps: '14' }),
    expected: { taxableIncome: 1_850_000, totalTax: 382_200 },
  },
  // — PF on the wage ceiling and on full basic [EPF] —
  // Basic 6,00,000; PF on 1,80,000 = 21,600 each side; gross 11,78,400 (rebated);
  // (11,78,400 − 21,600) / 12 = 96,400.
  {
    name: 'PF on the ₹15,000 ceiling',
    query: plainCtc(1_200_000, { pf: 'ceiling' }),
    expected: { totalTax: 0, monthlyInHand: 96_400 },
  },
  // PF 72,000 each side; (11,28,000 − 72,000) / 12 = 88,000.
  {
    name: 'PF on full basic',
    query: plainCtc(1_200_000, { pf: 'basic' }),
    expected: { totalTax: 0, monthlyInHand: 88_000 },
  },
  // — Professional tax in several states [PT] —
  // Maharashtra over ₹10,000 a month: 2,500 → (11,56,800 − 2,500) / 12 = 96,191.67.
  {
    name: 'professional tax, Maharashtra',
    query: plainCtc(1_200_000, { pf: 'ceiling', state: 'MH' }),
    expected: { totalTax: 0, monthlyInHand: 96_192 },
  },
  // West Bengal over ₹40,000 a month: 200 × 12 = 2,400 → 11,54,400 / 12 = 96,200.
  {
    name: 'professional tax, West Bengal',
    query: plainCtc(1_200_000, { pf: 'ceiling', state: 'WB' }),
    expected: { totalTax: 0, monthlyInHand: 96_200 },
  },
  // Karnataka at ₹25,000 a month or more: 2,500 → 96,191.67.
  {
    name: 'professional tax, Karnataka',
    query: plainCtc(1_200_000, { pf: 'ceiling', state: 'KA' }),
    expected: { totalTax: 0, monthlyInHand: 96_192 },
  },
  // Tamil Nadu, ₹9,166.67 a month = ₹55,000 a half-year: ₹930 twice → (1,10,000 − 1,860) / 12.
  {
    name: 'professional tax, Tamil Nadu middle slab',
    query: plainCtc(110_000, { state: 'TN' }),
    expected: { totalTax: 0, monthlyInHand: 9_012 },
  },
  // Gujarat, ₹11,666.67 a month (not over ₹12,000): nothing → 11,666.67.
  {
    name: 'professional tax, Gujarat under its threshold',
    query: plainCtc(140_000, { state: 'GJ' }),
    expected: { totalTax: 0, monthlyInHand: 11_667 },
  },
  // Telangana, ₹16,666.67 a month: ₹150 × 12 = 1,800 → 1,98,200 / 12 = 16,516.67.
  {
    name: 'professional tax, Telangana lower slab',
    query: plainCtc(200_000, { state: 'TG' }),
    expected: { totalTax: 0, monthlyInHand: 16_517 },
  },
  // — A whole CTC with every default: basic 50 %, PF 12 % of basic, gratuity, 10 % variable,
  // Karnataka [EPF] [CSS] [PT] —
  // Basic 10,00,000; PF 1,20,000; gratuity 48,076.92; variable 2,00,000; gross 18,31,923.08 →
  // taxable 17,56,920 → 1,51,384 + 6,055.36 = ₹1,57,440. Fixed only: 15,56,920 → 1,13,538 +
  // 4,541.52 = ₹1,18,080. Monthly: (16,31,923.08 − 1,20,000 − 2,500 − 1,18,080) / 12 = 1,15,945.26.
  // Variable in hand 2,00,000 − 39,360; annual 13,91,343.08 + 1,60,640.
  {
    name: 'CTC ₹20 lakh with every default',
    query: { ctc: '20 LPA' },
    expected: {
      taxableIncome: 1_756_920,
      totalTax: 157_440,
      monthlyInHand: 115_945,
      annualInHand: 1_551_983,
    },
  },
  // — Employer retirement contributions over ₹7.5 lakh [17] —
  // Basic 75,00,000; employer PF 9,00,000 → 1,50,000 taxable; salary 1,41,00,000 + 1,50,000;
  // taxable 1,41,75,000 → 38,32,500; 15 % = 5,74,875 (no relief); cess 1,76,295.
  {
    name: 'employer PF above ₹7.5 lakh is taxed',
    query: plainCtc(15_000_000, { pf: 'basic' }),
    expected: { taxableIncome: 14_175_000, surcharge: 574_875, totalTax: 4_583_670 },
  },
]

describe('take-home golden cases, tax year 2026-27', () => {
  it('has at least 40 cases', () => expect(CASES.length).toBeGreaterThanOrEqual(40))

  it.each(CASES)('$name', ({ query, expected }) => {
    const parsed = parseTakeHome(query)
    expect(parsed.errors).toBeUndefined()
    const result = takeHome(parsed.input!, parsed.year)
    const chosen = result.regimes[parsed.input!.regime]
    const actual: Expected = {
      taxableIncome: chosen.tax.taxableIncome,
      rebate: chosen.tax.rebate,
      surcharge: chosen.tax.surcharge,
      cess: chosen.tax.cess,
      totalTax: chosen.tax.totalTax,
      monthlyInHand: chosen.monthlyInHand,
      annualInHand: chosen.annualInHand,
    }
    const compared = Object.fromEntries(
      Object.keys(expected).map((key) => [key, actual[key as keyof Expected]]),
    )
    expect(compared).toEqual(expected)
  })
})
