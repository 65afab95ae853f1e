import { describe, expect, it } from 'vitest'

import { STRAY_DRAFT_AGE_MS, strayDraftIds } from '@/lib/editorial/strayDrafts'
import { SEO_LIMITS, seoChecks } from '@/lib/seo/checks'
import {
  DESCRIPTION_MAX,
  effectiveSeo,
  fallbackDescription,
  fallbackTitle,
  shareImageSource,
} from '@/lib/seo/fallbacks'
import { documentMetadata } from '@/lib/seo/metadata'

const comparison = {
  kind: 'comparison',
  slug: 'backend-developer-vs-devops-engineer',
  title: 'Backend Developer vs DevOps Engineer: which career suits you in India in 2026?',
  distinction:
    'Backend developers write the logic that makes a product do things; DevOps engineers build the pipelines and infrastructure that get that logic into production and keep it healthy there.',
}

describe('one fallback for pages, Auto-generate and the SEO panel', () => {
  it('titles a career page by what readers search for, and an article by its title', () => {
    expect(fallbackTitle('roles', { title: 'DevOps Engineer' })).toBe(
      'DevOps Engineer: salary, skills and career path',
    )
    expect(fallbackTitle('articles', comparison)).toBe(comparison.title)
    expect(fallbackTitle('articles', { title: '  ' })).toBe('')
  })

  it('cuts a long distinction at a word, within the snippet length', () => {
    const description = fallbackDescription('articles', comparison)
    expect(description.length).toBeLessThanOrEqual(DESCRIPTION_MAX)
    expect(description).toMatch(/production…$/)
    expect(fallbackDescription('roles', { summary: ' Keeps  things\nrunning. ' })).toBe(
      'Keeps things running.',
    )
  })

  it('prefers the editor’s values and image, and says where each comes from', () => {
    expect(effectiveSeo('articles', comparison)).toMatchObject({
      title: comparison.title,
      titleFrom: 'page',
      descriptionFrom: 'page',
      image: 'comparison-card',
    })
    const edited = effectiveSeo('articles', {
      ...comparison,
      meta: { title: 'Backend or DevOps?', description: '  ', image: 12 },
    })
    expect(edited).toMatchObject({ title: 'Backend or DevOps?', titleFrom: 'editor' })
    expect(edited.descriptionFrom).toBe('page')
    expect(edited.image).toBe('editor')
    expect(shareImageSource('articles', { kind: 'guide' })).toBe('site-card')
    expect(shareImageSource('articles', { kind: 'guide', heroImage: 3 })).toBe('hero')
    expect(shareImageSource('roles', {})).toBe('career-card')
  })

  it('the page publishes exactly what the panel grades', () => {
    const meta = documentMetadata('articles', comparison, '/compare/x')
    const seo = effectiveSeo('articles', comparison)
    expect(meta.title).toBe(seo.title)
    expect(meta.description).toBe(seo.description)
    expect(JSON.stringify(meta.openGraph)).toContain(
      '/og/compare/backend-developer-vs-devops-engineer',
    )
    const chosen = documentMetadata(
      'roles',
      {
        title: 'DevOps Engineer',
        slug: 'devops-engineer',
        meta: { image: { url: '/api/media/file/ops.png', width: 1200, height: 630, alt: 'Ops' } },
      },
      '/careers/devops-engineer',
    )
    expect(JSON.stringify(chosen.openGraph)).toContain('/api/media/file/ops.png')
  })
})

describe('SEO checks', () => {
  it('pass on the reference comparison with nothing typed', () => {
    expect(seoChecks(effectiveSeo('articles', comparison)).map((c) => c.pass)).toEqual([
      true,
      true,
      true,
    ])
  })

  it('explain what fails, with the numbers', () => {
    const checks = seoChecks(effectiveSeo('articles', { kind: 'guide', title: 'Short' }))
    expect(checks.map((c) => [c.id, c.pass])).toEqual([
      ['title', false],
      ['description', false],
      ['image', false],
    ])
    expect(checks[0]!.message).toBe(
      `Title is short (5 characters; aim for ${SEO_LIMITS.title.min}–${SEO_LIMITS.title.max}).`,
    )
    expect(checks[1]!.message).toMatch(/Description is empty/)
    expect(
      seoChecks(effectiveSeo('articles', { title: 'x'.repeat(81), kind: 'comparison' }))[0]!
        .message,
    ).toMatch(/long \(81 characters/)
  })
})

describe('stray drafts', () => {
  const created = '2026-11-30T10:00:00.000Z'
  const at = (ms: number) => new Date(Date.parse(created) + ms).toISOString()
  const now = new Date(Date.parse(created) + STRAY_DRAFT_AGE_MS + 1000)

  it('are untitled, untouched after the first autosave, and over an hour old', () => {
    const drafts = [
      { id: 1, title: null, createdAt: created, updatedAt: at(800) },
      { id: 2, title: '', createdAt: created, updatedAt: at(60_000) },
      { id: 3, title: 'Has a title', createdAt: created, updatedAt: created },
      { id: 4, title: null, createdAt: at(STRAY_DRAFT_AGE_MS), updatedAt: at(STRAY_DRAFT_AGE_MS) },
    ]
    expect(strayDraftIds(drafts, now)).toEqual([1])
  })
})
