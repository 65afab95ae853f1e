/**
 * Every word the take-home calculator shows a reader, in one place, so that a second language is
 * a second copy of this object (see issue 28's message catalogues).
 */
export const TAKE_HOME_WORDS = {
  title: 'Take-home pay calculator',
  intro:
    'What a CTC leaves in your hand each month, after PF, gratuity, professional tax and income tax — for both tax regimes.',
  fields: {
    ctc: { label: 'Annual CTC', hint: 'In rupees: 1850000, 18,50,000, 18.5 LPA or 1.2 cr.' },
    gross: {
      label: 'Or your annual gross salary',
      hint: 'Taxable salary before the standard deduction, if you know it instead of the CTC.',
    },
    regime: { label: 'Tax regime' },
    basic: { label: 'Basic pay, % of CTC', hint: 'With dearness allowance. Usually 40–50 %.' },
    pf: { label: 'Employer PF inside the CTC' },
    gratuity: { label: 'Gratuity inside the CTC' },
    variable: { label: 'Variable pay, % of CTC', hint: 'Paid once a year; shown apart.' },
    state: { label: 'State (professional tax)' },
    employerNps: {
      label: 'Employer NPS, % of basic',
      hint: 'Deductible in both regimes, up to 14 % (new) or 10 % (old).',
    },
    section80c: { label: '80C investments besides PF, a year', hint: 'PPF, ELSS, life insurance…' },
    nps: { label: 'Your own NPS, a year (80CCD(1B))' },
    health: { label: 'Health insurance for your family, a year (80D)' },
    parentsHealth: { label: 'Health insurance for your parents, a year (80D)' },
    parentsSenior: { label: 'A parent is 60 or over' },
    rent: { label: 'Rent you pay, a month' },
    city: { label: 'City you rent in' },
    homeLoanInterest: { label: 'Home-loan interest, a year (self-occupied)' },
  },
  options: {
    regime: { new: 'New regime (the default)', old: 'Old regime' },
    pf: {
      basic: (rate: number) => `${rate} % of basic`,
      ceiling: (rate: number, ceiling: string) =>
        `${rate} % of ${ceiling} a month (the wage ceiling)`,
      none: 'None',
    },
    yesNo: { yes: 'Yes', no: 'No' },
    city: {
      metro: 'Mumbai, Delhi, Kolkata, Chennai, Bengaluru, Hyderabad, Pune or Ahmedabad',
      other: 'Elsewhere',
    },
  },
  errors: {
    amountMissing: 'Give your annual CTC (or your gross salary), e.g. 1850000 or 18.5 LPA.',
    amountBoth: 'Give your CTC or your gross salary, not both.',
    amountFormat: 'Write the amount in rupees, e.g. 1850000, 18,50,000, 18.5 LPA or 1.2 cr.',
    amountRange: (range: string) => `Give a yearly amount from ${range}.`,
    percentRange: (min: number, max: number) => `Give a percentage from ${min} to ${max}.`,
    choice: 'Choose one of the options.',
    yearly: 'Write the amount in rupees a year, e.g. 150000 or 1.5 lakh.',
    monthly: 'Write the rent in rupees a month, e.g. 35000.',
    negative: 'Amounts cannot be negative.',
    tooMuch: 'That is more than the whole pay.',
    unknownYear: (known: string) => `Tax year not known: choose ${known}.`,
    doesNotFit: (percent: number) =>
      `Basic at this share, with PF, gratuity, NPS and variable pay on top, comes to ${percent} % of the pay: lower one of them.`,
  },
  submit: 'Work out my take-home',
  assumptions: 'Adjust assumptions',
  deductionsTitle: 'Old-regime deductions',
  deductionsHint: 'Only the old regime allows these; the new regime ignores them.',
} as const
