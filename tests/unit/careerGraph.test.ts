import { describe, expect, it } from 'vitest'

import {
  DEFAULT_PACE,
  type GraphCareer,
  movesFrom,
  paceFrom,
  rankMoves,
  relatedCareers,
  sharedShare,
  skillWeights,
  weeksAt,
} from '@/lib/skills/graph'
import { aCareer, plural } from '@/lib/skills/words'

const career = (id: string, extra: Partial<GraphCareer> = {}): GraphCareer => ({
  id,
  slug: id,
  title: id.toUpperCase(),
  skills: [],
  stages: [],
  pinned: [],
  excluded: [],
  ...extra,
})

const backend = career('backend', {
  skills: ['go', 'sql', 'design'],
  stages: [
    { name: 'Basics', skills: ['go', 'dsa'], hours: 40 },
    { name: 'Data', skills: ['sql', 'rest'], hours: 20 },
  ],
})
const devops = career('devops', {
  skills: ['k8s', 'terraform', 'linux'],
  stages: [
    { name: 'Linux', skills: ['linux', 'bash'], hours: 30 },
    { name: 'Containers', skills: ['docker', 'k8s'], hours: 20 },
    { name: 'Cloud', skills: ['aws', 'terraform', 'go'], hours: 30 },
  ],
})
const frontend = career('frontend', {
  skills: ['js', 'css'],
  stages: [{ name: 'Web', skills: ['js', 'rest'], hours: 10 }],
})
const designer = career('designer', { skills: ['figma'] })
const graph = [backend, devops, frontend, designer]

describe('skills in common', () => {
  it('weighs core skills 2 and roadmap-only skills 1', () => {
    expect(Object.fromEntries(skillWeights(backend))).toEqual({
      go: 2,
      sql: 2,
      design: 2,
      dsa: 1,
      rest: 1,
    })
  })

  it('is the weighted overlap: the smaller weights both have over the larger either has', () => {
    // Common: go (min 2 and 1 = 1). Either: backend 8 + devops's 8 others, go counted once at 2.
    const share = sharedShare(skillWeights(backend), skillWeights(devops))
    expect(share).toBeCloseTo(1 / (2 + 2 + 2 + 1 + 1 + 2 + 2 + 2 + 1 + 1 + 1), 10)
    expect(sharedShare(skillWeights(backend), skillWeights(backend))).toBe(1)
    expect(sharedShare(skillWeights(backend), skillWeights(designer))).toBe(0)
    expect(sharedShare(skillWeights(career('a')), skillWeights(career('b')))).toBe(0)
  })
})

describe('related careers', () => {
  it('ranks by skills in common, never itself nor a career sharing none', () => {
    expect(relatedCareers(graph, 'backend').map((r) => [r.id, r.shared])).toEqual([
      ['frontend', 8],
      ['devops', 6],
    ])
  })

  it('puts the editor’s pins first, in their order, and leaves out what they excluded', () => {
    const pinned = [
      { ...backend, pinned: ['designer'], excluded: ['frontend'] },
      devops,
      frontend,
      designer,
    ]
    expect(relatedCareers(pinned, 'backend')).toEqual([
      { id: 'designer', shared: 0, pinned: true },
      { id: 'devops', shared: 6, pinned: false },
    ])
    // A pin to a career that is not published (not in the graph) is dropped.
    const gone = [{ ...backend, pinned: ['nowhere'] }, devops]
    expect(relatedCareers(gone, 'backend').map((r) => r.id)).toEqual(['devops'])
  })

  it('has nothing for an unknown career', () => {
    expect(relatedCareers(graph, 'nobody')).toEqual([])
  })
})

describe('moves', () => {
  it("lists what is left in the destination's roadmap order, with the hours of what is left", () => {
    const move = movesFrom(graph, 'backend').find((m) => m.id === 'devops')!
    expect(move.have).toEqual(['go'])
    expect(move.missing).toEqual([
      { stage: 'Linux', skills: ['linux', 'bash'], hours: 30 },
      { stage: 'Containers', skills: ['docker', 'k8s'], hours: 20 },
      // Go is known: two thirds of the stage is left.
      { stage: 'Cloud', skills: ['aws', 'terraform'], hours: 20 },
    ])
    expect(move.missingElsewhere).toEqual([])
    expect(move.hours).toBe(70)
  })

  it('drops stages already done and names core skills no stage teaches', () => {
    const from = career('from', { skills: ['linux', 'bash'] })
    const to = career('to', {
      skills: ['linux', 'pager'],
      stages: [
        { name: 'Linux', skills: ['linux', 'bash'], hours: 30 },
        { name: 'Reading', skills: [], hours: 5 },
      ],
    })
    const [move] = movesFrom([from, to], 'from')
    expect(move!.missing).toEqual([{ stage: 'Reading', skills: [], hours: 5 }])
    expect(move!.missingElsewhere).toEqual(['pager'])
    expect(move!.hours).toBe(5)
  })

  it('is empty, honestly, for a career naming no skills', () => {
    expect(movesFrom([...graph, career('blank')], 'blank')).toEqual([])
  })

  it('ranks by skills in common, then pay rise, then fewer hours', () => {
    const move = (id: string, shared: number, hours: number) => ({
      id,
      shared,
      hours,
      have: [],
      missing: [],
      missingElsewhere: [],
    })
    const pay: Record<string, number | null> = { a: 5, b: 20, c: null, d: 20 }
    const ranked = rankMoves(
      [
        move('a', 40, 10),
        move('b', 40, 50),
        move('c', 40, 1),
        move('d', 40, 30),
        move('e', 60, 99),
      ],
      (m) => pay[m.id] ?? null,
    )
    expect(ranked.map((m) => m.id)).toEqual(['e', 'd', 'b', 'a', 'c'])
  })
})

describe('words', () => {
  it('says a or an as the title is said', () => {
    expect(aCareer('DevOps Engineer')).toBe('a DevOps Engineer')
    expect(aCareer('Engineering Manager')).toBe('an Engineering Manager')
    expect(aCareer('UX Designer')).toBe('a UX Designer')
    expect(aCareer('Urban Planner')).toBe('an Urban Planner')
    expect(plural(1, 'career')).toBe('1 career')
    expect(plural(3, 'career')).toBe('3 careers')
  })
})

describe('pace', () => {
  it('accepts only the offered paces, and rounds weeks up', () => {
    expect(paceFrom('12')).toBe(12)
    expect(paceFrom(['20', '4'])).toBe(20)
    expect(paceFrom('13')).toBe(DEFAULT_PACE)
    expect(paceFrom('8; drop table')).toBe(DEFAULT_PACE)
    expect(paceFrom(undefined)).toBe(DEFAULT_PACE)
    expect(weeksAt(70, 8)).toBe(9)
    expect(weeksAt(0, 8)).toBe(0)
  })
})
