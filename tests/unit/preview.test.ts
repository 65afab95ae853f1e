import { describe, expect, it } from 'vitest'

import { previewUrl, safePreviewPath } from '@/lib/editorial/preview'

describe('preview paths', () => {
  it('keeps our own paths', () => {
    expect(safePreviewPath('/compare/a-vs-b')).toBe('/compare/a-vs-b')
  })

  it('refuses anything that would leave the site', () => {
    for (const bad of [
      null,
      '',
      'https://evil.example',
      '//evil.example',
      '/\\evil.example',
      'javascript:alert(1)',
    ]) {
      expect(safePreviewPath(bad)).toBe('/')
    }
  })

  it('builds the admin preview link through our preview route', () => {
    expect(previewUrl('/careers/devops-engineer')).toBe(
      'http://localhost:3000/preview?path=%2Fcareers%2Fdevops-engineer',
    )
  })
})
