import { describe, expect, it } from 'vitest'

import { CONTENT_TAGS, tagsForChange } from '@/lib/revalidate'
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
  it('expires the collection tag when a reader could see the document before or after', () => {
    expect(tagsForChange('roles', { _status: 'published' }, { _status: 'draft' })).toEqual([
      CONTENT_TAGS.roles,
    ])
    expect(tagsForChange('roles', { _status: 'draft' }, { _status: 'published' })).toEqual([
      CONTENT_TAGS.roles,
    ])
    expect(
      tagsForChange('salary-tables', { _status: 'published' }, { _status: 'published' }),
    ).toEqual(['salary-tables'])
  })

  it('leaves caches alone for drafts nobody has seen', () => {
    expect(tagsForChange('articles', { _status: 'draft' }, { _status: 'draft' })).toEqual([])
    expect(tagsForChange('articles', { _status: 'draft' }, undefined)).toEqual([])
  })

  it('always expires collections without drafts', () => {
    expect(tagsForChange('media', {} as never, undefined)).toEqual(['media'])
  })
})
