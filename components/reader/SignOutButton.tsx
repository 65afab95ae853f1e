'use client'

import { useState } from 'react'

import { forgetAccountTheme } from '@/components/reader/themeSync'
import { postToAuth } from '@/lib/auth/client'

import { forgetPending } from './pendingProgress'

export function SignOutButton() {
  const [message, setMessage] = useState<string | null>(null)
  async function signOut() {
    const result = await postToAuth('signout', { callbackUrl: '/' })
    if (!result.ok) {
      setMessage(result.message)
      return
    }
    // Marks this reader made offline and not yet sent must not join the next reader's account.
    forgetPending()
    forgetAccountTheme()
    window.location.href = result.url
  }
  return (
    <>
      <button
        type="button"
        onClick={signOut}
        className="rounded-lg border border-slate-300 px-4 py-2 font-medium text-slate-800 hover:border-brand-600"
      >
        Sign out
      </button>
      {message && (
        <span role="alert" className="ml-3 text-sm text-red-700">
          {message}
        </span>
      )}
    </>
  )
}
