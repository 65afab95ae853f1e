import { CRORE, LAKH } from '../../rupees'
import type { ProfessionalTax, RegimeRules, Source, TaxYearRules } from '../rules'

/**
 * Tax year 2026-27 (1 April 2026 – 31 March 2027), the first under the Income-tax Act, 2025, which
 * replaced the Income-tax Act, 1961 from 1 April 2026 ("tax year" replaces "previous year"). The
 * Finance Act, 2026 (No. 4 of 2026) left the slabs, rebate, surcharge and cess as enacted. Read from
 * the Acts' texts as reproduced by the sources below; the gazette copies are
 * https://egazette.gov.in/WriteReadData/2025/265620.pdf (the 2025 Act) and
 * https://egazette.gov.in/WriteReadData/2026/271439.pdf (the Finance Act, 2026).
 */

const ACT = 'Income-tax Act, 2025'
const FINANCE_ACT = 'Finance Act, 2026'
const ACT_TEXT = 'https://egazette.gov.in/WriteReadData/2025/265620.pdf'
const FINANCE_ACT_TEXT = 'https://egazette.gov.in/WriteReadData/2026/271439.pdf'

const cite = (cite: string, url?: string): Source => (url ? { cite, url } : { cite })
const act = (part: string): Source => cite(`${ACT}, ${part}`, ACT_TEXT)
const financeAct = (part: string): Source => cite(`${FINANCE_ACT}, ${part}`, FINANCE_ACT_TEXT)

/** Surcharge marginal relief: Finance Act, 2026, s.3(5) (new regime) and Part I-B, Paragraph F. */
const SURCHARGE = financeAct(
  'section 3(4)–(5) and First Schedule, Part I-B, Paragraph F (rates and marginal relief)',
)

const newRegime: RegimeRules = {
  label: 'New regime',
  // s.202(1): up to ₹4 lakh nil; then 5, 10, 15, 20, 25 % for each ₹4 lakh; 30 % above ₹24 lakh.
  slabs: [
    { upTo: 4 * LAKH, rate: 0 },
    { upTo: 8 * LAKH, rate: 5 },
    { upTo: 12 * LAKH, rate: 10 },
    { upTo: 16 * LAKH, rate: 15 },
    { upTo: 20 * LAKH, rate: 20 },
    { upTo: 24 * LAKH, rate: 25 },
    { upTo: null, rate: 30 },
  ],
  // s.19(1), Table, Sl. No. 2(a): ₹75,000 or the salary, whichever is less, under s.202(1).
  standardDeduction: 75_000,
  // s.156(2): rebate of the whole tax up to ₹60,000 on total income up to ₹12 lakh; s.156(2)(b):
  // above ₹12 lakh, the tax is reduced to the income in excess of ₹12 lakh (marginal relief).
  rebate: { incomeUpTo: 12 * LAKH, max: 60_000, marginalRelief: true },
  // Surcharge for income taxed under s.202: 10 % over ₹50 lakh, 15 % over ₹1 crore, 25 % over
  // ₹2 crore — the 37 % rate does not apply.
  surcharge: [
    { over: 50 * LAKH, rate: 10 },
    { over: 1 * CRORE, rate: 15 },
    { over: 2 * CRORE, rate: 25 },
  ],
  // s.124(2): for income under s.202(1), 14 % is read for 10 % in s.124(1)(b).
  employerNpsShare: 14,
  allowsDeductions: false,
  // s.202(2)(a)(iv): the deduction for professional tax (s.19(1), Table, Sl. No. 1) is not allowed.
  deductsProfessionalTax: false,
  sources: {
    slabs: act('section 202(1)'),
    standardDeduction: act('section 19(1), Table, Sl. No. 2(a)'),
    rebate: act('section 156(2)–(3)'),
    surcharge: SURCHARGE,
    employerNps: act('section 124(1)(b) read with section 124(2)'),
  },
}

const oldRegime: RegimeRules = {
  label: 'Old regime',
  // Finance Act, 2026, First Schedule, Part I-B, Paragraph A, item (I): individuals under 60.
  slabs: [
    { upTo: 2.5 * LAKH, rate: 0 },
    { upTo: 5 * LAKH, rate: 5 },
    { upTo: 10 * LAKH, rate: 20 },
    { upTo: null, rate: 30 },
  ],
  // s.19(1), Table, Sl. No. 2(b): ₹50,000 or the salary, whichever is less, in any other case.
  standardDeduction: 50_000,
  // s.156(1): the whole tax up to ₹12,500 when total income does not exceed ₹5 lakh; no marginal
  // relief above it, so ₹10 over the limit costs the whole rebate.
  rebate: { incomeUpTo: 5 * LAKH, max: 12_500, marginalRelief: false },
  surcharge: [
    { over: 50 * LAKH, rate: 10 },
    { over: 1 * CRORE, rate: 15 },
    { over: 2 * CRORE, rate: 25 },
    { over: 5 * CRORE, rate: 37 },
  ],
  // s.124(1)(b): 10 % of salary for an employer other than the Government.
  employerNpsShare: 10,
  allowsDeductions: true,
  deductsProfessionalTax: true,
  sources: {
    slabs: financeAct('First Schedule, Part I-B, Paragraph A, item (I)'),
    standardDeduction: act('section 19(1), Table, Sl. No. 2(b)'),
    rebate: act('section 156(1)'),
    surcharge: SURCHARGE,
    employerNps: act('section 124(1)(b)'),
  },
}

/** Article 276(2) of the Constitution caps professional tax at ₹2,500 a year. */
const CAP = 'Constitution of India, Article 276(2): at most ₹2,500 a year'
const monthly = (steps: [over: number, perMonth: number][]) =>
  steps.map(([monthlyOver, perMonth]) => ({ monthlyOver, yearly: perMonth * 12 }))

const professionalTax: Record<string, ProfessionalTax> = {
  none: { label: 'None (Delhi, Haryana, Uttar Pradesh…)', steps: [], source: cite(CAP) },
  KA: {
    label: 'Karnataka',
    // ₹200 a month, ₹300 in February, on monthly salary of ₹25,000 or more.
    steps: [{ monthlyOver: 24_999, yearly: 2_500 }],
    source: cite(
      'Karnataka Tax on Professions, Trades, Callings and Employments Act, 1976, Schedule entry 1, as amended by Karnataka Act No. 33 of 2025 (from 1 April 2025)',
    ),
  },
  MH: {
    label: 'Maharashtra',
    // Men: ₹175 a month over ₹7,500; over ₹10,000, ₹200 a month and ₹300 in February.
    steps: [
      { monthlyOver: 7_500, yearly: 175 * 12 },
      { monthlyOver: 10_000, yearly: 2_500 },
    ],
    source: cite(
      'Maharashtra State Tax on Professions, Trades, Callings and Employments Act, 1975, Schedule I, entry 1 (the figures for men; women pay nothing up to ₹25,000 a month)',
      'https://mahagst.gov.in',
    ),
  },
  TN: {
    label: 'Tamil Nadu (Chennai)',
    // Half-yearly salary slabs, as a monthly salary: ₹21,000, 30,000, 45,000, 60,000, 75,000 a half-year.
    steps: [
      { monthlyOver: 3_500, yearly: 180 * 2 },
      { monthlyOver: 5_000, yearly: 425 * 2 },
      { monthlyOver: 7_500, yearly: 930 * 2 },
      { monthlyOver: 10_000, yearly: 1_025 * 2 },
      { monthlyOver: 12_500, yearly: 1_250 * 2 },
    ],
    source: cite(
      'Greater Chennai Corporation, professional tax half-yearly slabs from the second half of 2024-25 (Tamil Nadu Urban Local Bodies Act, 1998, section 145); other towns set their own',
      'https://chennaicorporation.gov.in',
    ),
  },
  WB: {
    label: 'West Bengal',
    steps: monthly([
      [10_000, 110],
      [15_000, 130],
      [25_000, 150],
      [40_000, 200],
    ]),
    source: cite(
      'West Bengal State Tax on Professions, Trades, Callings and Employments Act, 1979, Schedule, serial 1 (rates from 1 April 2013)',
    ),
  },
  TG: {
    label: 'Telangana',
    steps: monthly([
      [15_000, 150],
      [20_000, 200],
    ]),
    source: cite(
      'Telangana Tax on Professions, Trades, Callings and Employments Act, 1987, Schedule, entry 1',
    ),
  },
  GJ: {
    label: 'Gujarat',
    // ₹200 a month on ₹12,000 a month or more.
    steps: monthly([[11_999, 200]]),
    source: cite(
      'Gujarat State Tax on Professions, Trades, Callings and Employments Act, 1976, Schedule, entry 1 (notification GHN-35-PFT-2022, from 1 April 2022)',
    ),
  },
}

export const TAX_YEAR_2026_27: TaxYearRules = {
  id: '2026-27',
  starts: '2026-04-01',
  ends: '2027-03-31',
  asOf: '2026-12-07',
  regimes: { new: newRegime, old: oldRegime },
  // Health and Education Cess: 4 % of income-tax including surcharge, with no marginal relief.
  cess: { rate: 4, source: financeAct('section 3(15)') },
  // Total income and the tax payable are rounded to the nearest multiple of ten rupees.
  rounding: { to: 10, source: act('section 516') },
  deductions: {
    // s.123: investments and payments listed in Schedule XV, employee PF among them.
    section80C: { max: 1.5 * LAKH, source: act('section 123 (formerly 80C)') },
    // s.124(3): the employee's own NPS contribution, beyond the ₹1.5 lakh, up to ₹50,000.
    npsOwn: { max: 50_000, source: act('section 124(3) (formerly 80CCD(1B))') },
    // s.126(2)(a)–(b): ₹25,000 for self, spouse and children; ₹25,000 for parents, ₹50,000 when a
    // parent is a senior citizen (s.126(8)).
    health: {
      max: 25_000,
      parentsMax: 25_000,
      parentsSeniorMax: 50_000,
      source: act('section 126 (formerly 80D)'),
    },
    // s.22: interest on a loan for a self-occupied house, up to ₹2 lakh (old regime only).
    homeLoanInterest: { max: 2 * LAKH, source: act('section 22 (formerly 24(b))') },
    // The least of the HRA received, rent less 10 % of salary, and 50 % of salary in the eight
    // cities the Income-tax Rules, 2026 name (40 % elsewhere); "salary" is basic + dearness allowance.
    hra: {
      metroShare: 50,
      otherShare: 40,
      rentOverShare: 10,
      metroCities: [
        'Mumbai',
        'Delhi',
        'Kolkata',
        'Chennai',
        'Bengaluru',
        'Hyderabad',
        'Pune',
        'Ahmedabad',
      ],
      source: act(
        'Schedule III (formerly section 10(13A)), with the Income-tax Rules, 2026 (G.S.R. 198(E), 20 March 2026), the rule on house rent allowance (formerly rule 2A)',
      ),
    },
  },
  // Employer contributions to PF, NPS and superannuation above ₹7.5 lakh a year are a perquisite.
  retirementContributionLimit: {
    max: 7.5 * LAKH,
    source: act('section 17 (perquisites; formerly 17(2)(vii))'),
  },
  providentFund: {
    rate: 12,
    wageCeilingMonthly: 15_000,
    source: cite(
      "Employees' Provident Funds and Miscellaneous Provisions Act, 1952, section 6 (12 %), and the EPF Scheme, 1952, paragraph 26A(2) (the ₹15,000 monthly wage ceiling, since 1 September 2014)",
      'https://www.epfindia.gov.in',
    ),
  },
  gratuity: {
    share: (15 / 26 / 12) * 100,
    source: cite(
      'Code on Social Security, 2020, section 53 (in force 21 November 2025; formerly the Payment of Gratuity Act, 1972, section 4(2)): 15 days’ wages for each year of service, a month being 26 working days',
    ),
  },
  wagesShare: {
    min: 50,
    source: cite(
      'Code on Wages, 2019, section 2(y) (in force 21 November 2025): allowances above half of the pay count as wages',
    ),
  },
  professionalTax,
}
