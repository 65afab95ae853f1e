import { describe, expect, it } from 'vitest'

import { internalLinkRefs } from '@/lib/content/richTextLinks'
import { tagsForChange } from '@/lib/platform/revalidate'
import { SLUG_PATTERN, slugify } from '@/lib/slug'
import { databaseKind } from '@/payload/db'

describe('slugify', () => {
  it('makes lowercase-kebab slugs from titles', () => {
    expect(slugify('Backend Developer vs DevOps Engineer')).toBe(
      'backend-developer-vs-devops-engineer',
    )
    expect(slugify('  Site Reliability Engineer (SRE) & Platform ')).toBe(
      'site-reliability-engineer-sre-and-platform',
    )
    expect(slugify('Café Ops')).toBe('cafe-ops')
  })

  it('agrees with the slug pattern', () => {
    expect(SLUG_PATTERN.test(slugify('Data Engineer, 2026!'))).toBe(true)
    expect(SLUG_PATTERN.test('Bad Slug')).toBe(false)
    expect(SLUG_PATTERN.test('double--hyphen')).toBe(false)
  })
})

describe('databaseKind', () => {
  it('picks the adapter from DATABASE_URI', () => {
    expect(databaseKind(undefined)).toBe('sqlite')
    expect(databaseKind('file:./data/x.db')).toBe('sqlite')
    expect(databaseKind('postgres://u@h/db')).toBe('postgres')
    expect(databaseKind('postgresql://u@h/db')).toBe('postgres')
    expect(databaseKind('mongodb://h/db')).toBe('mongodb')
    expect(databaseKind('mongodb+srv://h/db')).toBe('mongodb')
  })

  it('refuses an unknown scheme with a message naming the choices', () => {
    expect(() => databaseKind('mysql://h/db')).toThrow(/file:…, postgres:\/\/… or mongodb:\/\/…/)
  })
})

describe('tagsForChange', () => {
  it('names the career as readers saw it before and after: its id, its old and new slug, the list', () => {
    expect(
      tagsForChange(
        'roles',
        { id: 7, slug: 'site-reliability-engineer', _status: 'published' },
        { id: 7, slug: 'sre', _status: 'published' },
      ).sort(),
    ).toEqual([
      // A new address changes the links of related lists and moves pages.
      'career-graph',
      'list:role-names',
      'list:roles',
      'role-slug:site-reliability-engineer',
      'role-slug:sre',
      'role:7',
    ])
    // Only a new name, address or visibility reaches what lists careers by name.
    expect(
      tagsForChange(
        'roles',
        { id: 7, slug: 'sre', title: 'SRE', _status: 'published' },
        { id: 7, slug: 'sre', title: 'SRE', _status: 'published' },
      ),
    ).not.toContain('list:role-names')
    // Only a change to what the graph reads (skills, stages' skills and hours, pins) reaches it.
    const live = { id: 7, slug: 'sre', title: 'SRE', _status: 'published' as const }
    const withSkills = {
      ...live,
      skills: [1, 2],
      roadmap: [{ skills: [3], resources: [{ hours: 4 }] }],
    }
    expect(tagsForChange('roles', withSkills, { ...withSkills })).not.toContain('career-graph')
    expect(tagsForChange('roles', { ...withSkills, skills: [2, 1] }, withSkills)).toContain(
      'career-graph',
    )
    expect(
      tagsForChange(
        'roles',
        { ...withSkills, roadmap: [{ skills: [3], resources: [{ hours: 6 }] }] },
        withSkills,
      ),
    ).toContain('career-graph')
    expect(tagsForChange('roles', { ...withSkills, excludedRoles: [9] }, withSkills)).toContain(
      'career-graph',
    )
    // Publishing or unpublishing a career changes which comparisons can be listed, too.
    expect(
      tagsForChange(
        'roles',
        { id: 7, slug: 'sre', _status: 'draft' },
        { id: 7, slug: 'sre', _status: 'published' },
      ),
    ).toContain('list:articles')
  })

  it('sends a salary table change to the pages of its career only (both careers when it moves)', () => {
    expect(
      tagsForChange(
        'salary-tables',
        { role: 3, _status: 'published' },
        { role: { id: 2 }, _status: 'published' },
      ).sort(),
    ).toEqual(['list:salaries', 'salaries-of:2', 'salaries-of:3'])
  })

  it('sends an article change to its page, the lists, and the profiles of the careers it compares', () => {
    expect(
      tagsForChange(
        'articles',
        { slug: 'a-vs-b', comparedRoles: [1, 2], _status: 'published' },
        { slug: 'a-vs-b', comparedRoles: [1, 3], _status: 'draft' },
      ).sort(),
    ).toEqual(['article-slug:a-vs-b', 'comparisons-of:1', 'comparisons-of:2', 'list:articles'])
  })

  it('leaves caches alone for drafts nobody has seen', () => {
    expect(tagsForChange('articles', { _status: 'draft' }, { _status: 'draft' })).toEqual([])
    expect(tagsForChange('articles', { _status: 'draft' }, undefined)).toEqual([])
  })

  it('expires deleted documents as they were, and collections without drafts always', () => {
    expect(
      tagsForChange('roles', null, { id: 9, slug: 'gone', _status: 'published' }).sort(),
    ).toEqual([
      'career-graph',
      'list:articles',
      'list:role-names',
      'list:roles',
      'role-slug:gone',
      'role:9',
    ])
    expect(tagsForChange('media', {}, undefined)).toEqual(['media'])
    expect(tagsForChange('skills', {}, undefined)).toEqual(['skills'])
    expect(tagsForChange('redirects', {}, undefined)).toEqual(['redirects'])
  })
})

describe('internalLinkRefs', () => {
  it('finds every internal link target once, in blocks too, and ignores external links', () => {
    const link = (fields: object) => ({ type: 'link', fields, children: [] })
    const state = {
      root: {
        children: [
          link({ linkType: 'internal', doc: { relationTo: 'roles', value: 7 } }),
          link({ linkType: 'internal', doc: { relationTo: 'articles', value: { id: 3 } } }),
          link({ linkType: 'custom', url: 'https://example.com' }),
          {
            type: 'block',
            fields: {
              nested: [link({ linkType: 'internal', doc: { relationTo: 'roles', value: 7 } })],
            },
          },
        ],
      },
    }
    expect(internalLinkRefs(state, null, undefined)).toEqual(['articles:3', 'roles:7'])
  })
})
