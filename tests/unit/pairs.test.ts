import { describe, expect, it } from 'vitest'

import {
  buildGeneratedPair,
  type PairCareer,
  pairVerdicts,
  payDifferences,
  sharedMarket,
  skillOverlap,
  transitionPath,
} from '@/lib/comparisons/pairComparison'
import {
  articleSlugProblem,
  canonicalPair,
  careerSlugProblem,
  isCanonicalOrder,
  pairPath,
  parsePair,
} from '@/lib/comparisons/pairs'

const money = { currency: 'INR' as const, unit: 'lpa' as const }
const table = (market: string, rows: [string, number, number, number?][]) => ({
  ...money,
  market: market as 'IN',
  rows: rows.map(([level, min, max, median]) => ({
    level: level as 'mid',
    min,
    max,
    median: median ?? null,
  })),
})

const role = (title: string, extra: Partial<PairCareer> = {}): PairCareer => ({
  title,
  skills: [],
  toolbox: [],
  roadmap: [],
  demand: { level: 'high' },
  entryDifficulty: { level: 'moderate' },
  onCallBurden: { level: 'occasional' },
  ...extra,
})

describe('pair addresses', () => {
  it('has one canonical order per pair: the slugs alphabetically', () => {
    expect(canonicalPair('devops-engineer', 'backend-developer')).toEqual([
      'backend-developer',
      'devops-engineer',
    ])
    expect(pairPath('devops-engineer', 'backend-developer')).toBe(
      '/compare/backend-developer-vs-devops-engineer',
    )
    expect(isCanonicalOrder(['backend-developer', 'devops-engineer'])).toBe(true)
    expect(isCanonicalOrder(['devops-engineer', 'backend-developer'])).toBe(false)
  })

  it('reads an address as two slugs only when it names exactly one pair', () => {
    expect(parsePair('a-vs-b')).toEqual(['a', 'b'])
    // Career slugs cannot contain "-vs-", so this names no pair (not two pairs at one address).
    expect(parsePair('x-vs-y-vs-z')).toBeNull()
    expect(careerSlugProblem('dev-vs-ops')).toMatch(/cannot contain "-vs-"/)
    expect(careerSlugProblem('devops')).toBeNull()
    expect(articleSlugProblem('pick')).toMatch(/taken by a page of the site/)
    expect(parsePair('a-vs-a')).toBeNull()
    expect(parsePair('backend-developer')).toBeNull()
    expect(parsePair('-vs-b')).toBeNull()
    expect(parsePair('A-vs-b')).toBeNull()
    expect(parsePair(`${'a'.repeat(121)}-vs-b`)).toBeNull()
  })
})

describe('pay', () => {
  it('compares the markets both careers have data for, India first', () => {
    expect(
      sharedMarket([table('US', []), table('IN', [])], [table('IN', []), table('US', [])]),
    ).toBe('IN')
    expect(sharedMarket([table('US', [])], [table('GB', [])])).toBeNull()
  })

  it('gives the difference at each shared level, like for like (medians only when both have one)', () => {
    const a = table('IN', [
      ['fresher', 5, 10],
      ['mid', 14, 28, 20],
    ])
    const b = table('IN', [
      ['fresher', 5, 9],
      ['mid', 16, 30],
      ['senior', 30, 60],
    ])
    const [fresher, mid] = payDifferences(a, b)
    expect(payDifferences(a, b)).toHaveLength(2)
    expect(fresher).toMatchObject({ level: 'fresher', difference: -0.5, percent: -6.7 })
    expect(fresher!.formatted).toBe('−₹0.5 LPA (−6.7%)')
    // One median (20) is not set against a mid-range: both middles, 21 and 23.
    expect(mid).toMatchObject({ level: 'mid', basis: 'midpoint', difference: 2, percent: 9.5 })
    expect(mid!.formatted).toBe('+₹2 LPA (+9.5%)')
    const medians = payDifferences(
      table('IN', [['mid', 14, 28, 20]]),
      table('IN', [['mid', 16, 30, 22]]),
    )
    expect(medians[0]).toMatchObject({ basis: 'median', difference: 2, percent: 10 })
    // Different units are compared a year at a time; different currencies are not compared.
    const yearly = { ...table('IN', [['mid', 2_100_000, 2_300_000]]), unit: 'annual' as const }
    expect(payDifferences(a, yearly)[0]).toMatchObject({ difference: 100_000, percent: 4.8 })
    expect(payDifferences(a, yearly)[0]!.formatted).toBe('+₹1,00,000/yr (+4.8%)')
    expect(payDifferences(a, { ...b, currency: 'USD' as 'INR' })).toEqual([])
  })
})

describe('verdicts by rule', () => {
  const verdict = (
    dimension: string,
    a: PairCareer,
    b: PairCareer,
    diffs = payDifferences(null, null),
  ) => pairVerdicts(a, b, diffs, 'IN').find((v) => v.dimension === dimension)!

  it('pay: a career leads a level by more than 10%, and wins by leading more levels', () => {
    const low = table('IN', [
      ['fresher', 5, 9],
      ['mid', 10, 20],
      ['senior', 30, 50],
    ])
    const high = table('IN', [
      ['fresher', 5, 10],
      ['mid', 14, 24],
      ['senior', 40, 60],
    ])
    const v = verdict('Pay', role('A'), role('B'), payDifferences(low, high))
    expect(v.winner).toBe('second')
    expect(v.summary).toBe('B pays more at 2 of 3 levels, by 25–27%.')
    expect(v.rule).toMatch(/pays over 10% more there/)
    expect(verdict('Pay', role('A'), role('B'), payDifferences(high, low)).winner).toBe('first')
    // 10% exactly is not a lead.
    const even = payDifferences(table('IN', [['mid', 10, 10]]), table('IN', [['mid', 11, 11]]))
    expect(verdict('Pay', role('A'), role('B'), even).winner).toBe('even')
    expect(verdict('Pay', role('A'), role('B'), even).summary).toBe(
      'Pay is close: neither career pays over 10% more at more levels than the other.',
    )
    expect(pairVerdicts(role('A'), role('B'), [], null)[0]!.winner).toBe('unknown')
  })

  it('demand: higher wins; entry: easier wins; on-call: lighter wins; same is even', () => {
    const a = role('A', {
      demand: { level: 'very-high' },
      entryDifficulty: { level: 'high' },
      onCallBurden: { level: 'heavy' },
    })
    const b = role('B', {
      demand: { level: 'high' },
      entryDifficulty: { level: 'low' },
      onCallBurden: { level: 'none' },
    })
    expect(verdict('Job demand', a, b).winner).toBe('first')
    expect(verdict('Getting the first job', a, b).winner).toBe('second')
    expect(verdict('Nights and weekends', a, b).winner).toBe('second')
    expect(verdict('Nights and weekends', b, a).summary).toBe('B has the lighter on-call burden.')
    expect(verdict('Job demand', a, a).winner).toBe('even')
    expect(verdict('Job demand', a, role('C', { demand: undefined })).winner).toBe('unknown')
  })
})

describe('skills and the transition path', () => {
  // Skills as pages read them: each a stored skill with an id and a name.
  const names = ['SQL', 'Go', 'Python', 'Linux', 'Git', 'Kubernetes', 'DNS', 'Docker', 'AWS']
  const skills = (...wanted: string[]) =>
    wanted.map((name) => ({ id: names.indexOf(name) + 1, name, createdAt: '', updatedAt: '' }))
  const backend = role('Backend', {
    skills: skills('SQL', 'Go', 'Python'),
    toolbox: [{ tool: 'Docker' }],
    roadmap: [{ stage: 'Basics', skills: skills('Linux', 'Git') }],
  })
  const devops = role('DevOps', {
    skills: skills('Kubernetes', 'Python'),
    // A tool spelt as a skill is that skill: "docker" is Docker, "Terraform" a tool of its own.
    toolbox: [{ tool: 'docker' }, { tool: 'Terraform' }],
    roadmap: [
      { stage: 'Linux and networking', skills: skills('Linux', 'DNS') },
      { stage: 'Containers', skills: skills('Docker', 'Git') },
      {
        stage: 'Cloud',
        skills: [...skills('AWS'), { id: 99, name: 'Terraform', createdAt: '', updatedAt: '' }],
      },
    ],
  })

  it('sorts skills into shared and only-one, matching tools to skills by spelling', () => {
    // Roadmap skills count too: both learn Linux and Git.
    expect(skillOverlap(backend, devops)).toEqual({
      shared: ['Python', 'Docker', 'Linux', 'Git'],
      onlyFirst: ['SQL', 'Go'],
      onlySecond: ['Kubernetes', 'Terraform', 'DNS', 'AWS'],
    })
  })

  it("follows the destination's roadmap in order: what you have, what to learn", () => {
    const path = transitionPath(backend, devops)
    expect(path.stages.map((s) => [s.stage, s.have, s.learn])).toEqual([
      ['Linux and networking', ['Linux'], ['DNS']],
      ['Containers', ['Docker', 'Git'], []],
      ['Cloud', [], ['AWS', 'Terraform']],
    ])
    expect([path.haveCount, path.totalCount]).toEqual([3, 6])
  })

  it('builds the whole pair, indexable only with a shared market', () => {
    const pair = buildGeneratedPair(
      { role: backend, tables: [table('IN', [['mid', 10, 20]])] },
      { role: devops, tables: [table('US', [['mid', 100, 200]])] },
    )
    expect(pair.market).toBeNull()
    expect(pair.indexable).toBe(false)
    expect(pair.first.salary).toBeNull()
    expect(pair.rows.some((r) => r.source === 'salary')).toBe(false)
    expect(pair.transitions.map((t) => `${t.from}→${t.to}`)).toEqual([
      'Backend→DevOps',
      'DevOps→Backend',
    ])
  })
})
