'use client'

import { useEffect } from 'react'

import { forgetAccountTheme } from '@/components/reader/themeSync'

import { forgetPending } from './pendingProgress'

/**
 * After the account is deleted: what this browser kept for it — marks not yet sent, a theme choice
 * not yet on the account — must not join whichever account signs in here next.
 */
export function ForgetThisBrowser() {
  useEffect(() => {
    forgetPending()
    forgetAccountTheme()
  }, [])
  return null
}
