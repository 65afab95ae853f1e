import { describe, expect, it } from 'vitest'

import { matchCareers, pickPair, resolveCareer } from '@/lib/search/careerNames'

const careers = [
  { slug: 'backend-developer', title: 'Backend Developer' },
  { slug: 'frontend-developer', title: 'Frontend Developer' },
  { slug: 'data-engineer', title: 'Data Engineer' },
  { slug: 'data-scientist', title: 'Data Scientist' },
  { slug: 'site-reliability-engineer', title: 'Site Reliability Engineer (SRE)' },
  { slug: 'ux-designer', title: 'UX Désigner' },
  { slug: null, title: 'A career with no address yet' },
]
const titles = (query: unknown) => matchCareers(careers, query).map((c) => c.title)

describe('matching a typed name to careers', () => {
  it('ranks an exact name, then names starting with it, then word starts, then anywhere', () => {
    expect(titles('data')).toEqual(['Data Engineer', 'Data Scientist'])
    expect(titles('eng')).toEqual(['Data Engineer', 'Site Reliability Engineer (SRE)'])
    expect(titles('developer')).toEqual(['Backend Developer', 'Frontend Developer'])
    expect(titles('end dev')).toEqual(['Backend Developer', 'Frontend Developer'])
    expect(titles('front')).toEqual(['Frontend Developer'])
    // Words in any order, each the start of a word of the name.
    expect(titles('eng data')).toEqual(['Data Engineer'])
    expect(titles('Data Engineer')).toEqual(['Data Engineer'])
  })

  it('ignores case, accents, punctuation and the address form', () => {
    expect(titles('ux designer')).toEqual(['UX Désigner'])
    expect(titles('  SITE-reliability ')).toEqual(['Site Reliability Engineer (SRE)'])
    expect(titles('sre')).toEqual(['Site Reliability Engineer (SRE)'])
    expect(titles('backend-developer')).toEqual(['Backend Developer'])
  })

  it('answers nothing for nothing, wildcards or a non-string, and at most the limit', () => {
    expect(titles('')).toEqual([])
    expect(titles('%')).toEqual([])
    expect(titles('_')).toEqual([])
    expect(titles(['data'])).toEqual(['Data Engineer', 'Data Scientist'])
    expect(titles(42)).toEqual([])
    expect(titles('zzz')).toEqual([])
    expect(matchCareers(careers, 'e', 3)).toHaveLength(3)
    // A career with no address cannot be linked to, so it is never offered.
    expect(titles('address')).toEqual([])
  })
})

describe('what a picker field means', () => {
  it('takes an address, an exact name or a single match at its word', () => {
    expect(resolveCareer(careers, 'data-scientist')).toEqual({
      kind: 'career',
      career: { slug: 'data-scientist', title: 'Data Scientist' },
    })
    expect(resolveCareer(careers, 'data scientist')).toMatchObject({
      career: { slug: 'data-scientist' },
    })
    expect(resolveCareer(careers, 'front')).toMatchObject({
      career: { slug: 'frontend-developer' },
    })
  })

  it('offers the careers an ambiguous name could mean, and says when none has it', () => {
    expect(resolveCareer(careers, 'data')).toEqual({
      kind: 'ambiguous',
      matches: [
        { slug: 'data-engineer', title: 'Data Engineer' },
        { slug: 'data-scientist', title: 'Data Scientist' },
      ],
    })
    // A single match only somewhere inside a name is offered, not taken at its word.
    expect(resolveCareer(careers, 'eliab')).toEqual({
      kind: 'ambiguous',
      matches: [{ slug: 'site-reliability-engineer', title: 'Site Reliability Engineer (SRE)' }],
    })
    expect(resolveCareer(careers, 'https://evil.example')).toEqual({ kind: 'none' })
    expect(resolveCareer(careers, '   ')).toEqual({ kind: 'empty' })
    expect(resolveCareer(careers, undefined)).toEqual({ kind: 'empty' })
  })
})

describe('where a picker sends the reader', () => {
  it("goes on to the pair's one address, whichever order the careers were named in", () => {
    expect(pickPair(careers, 'Data Scientist', 'backend')).toEqual({
      path: '/compare/backend-developer-vs-data-scientist',
    })
    expect(pickPair(careers, 'backend-developer', 'data-scientist')).toEqual({
      path: '/compare/backend-developer-vs-data-scientist',
    })
  })

  it('explains, field by field, anything that is not a pair', () => {
    const problem = (a: unknown, b: unknown) => {
      const outcome = pickPair(careers, a, b)
      return 'problem' in outcome ? outcome.problem : null
    }
    expect(problem('backend', 'Backend Developer')).toBe('Choose two different careers.')
    expect(problem('backend', undefined)).toBe('Choose two careers to compare.')
    expect(problem(['a'], 'backend')).toBe('Choose two careers to compare.')
    expect(problem('backend', 'https://evil.example')).toBe(
      'No career on the site has that name: try another.',
    )
    expect(problem('backend', 'data')).toBe(
      'More than one career matches: choose the one you mean.',
    )
    // The career chosen in one field is not offered for the other, nor is the one left taken for granted.
    expect(pickPair(careers, 'backend', 'developer')).toMatchObject({
      second: { kind: 'ambiguous', matches: [{ slug: 'frontend-developer' }] },
    })
    expect(pickPair(careers, 'data', 'Data Scientist')).toMatchObject({
      first: { kind: 'ambiguous', matches: [{ slug: 'data-engineer' }] },
      second: { kind: 'career' },
    })
    // Unless it is the only career the name could mean.
    expect(pickPair(careers, 'frontend-developer', 'front')).toMatchObject({
      problem: 'Choose two different careers.',
    })
    expect(pickPair(careers, 'backend', 'data')).toMatchObject({
      first: { kind: 'career' },
      second: { kind: 'ambiguous' },
    })
  })
})
