import { describe, expect, it } from 'vitest'

import { signInReason } from '@/lib/auth/signInReason'

describe('why the sign-in page was opened', () => {
  it('is said from where the reader will return', () => {
    expect(signInReason('/salaries/contribute?career=4')).toBe('Sign in to add your salary')
    expect(signInReason('/careers/backend-developer')).toBe('Sign in to save this page')
    expect(signInReason('/compare/a-vs-b#reader-reports')).toBe('Sign in to save this page')
    expect(signInReason('/careers/backend-developer#roadmap')).toBe(
      'Sign in to keep your roadmap progress',
    )
    expect(signInReason('/account')).toBe('Sign in to Careerscope')
    expect(signInReason('/careersx')).toBe('Sign in to Careerscope')
  })
})
