'use client'

import { type FormEvent, useEffect, useState } from 'react'

import { useHydrated } from '@/components/forms/useHydrated'
import { forgetThemeSync } from '@/components/reader/themeSync'
import { postToAuth } from '@/lib/auth/client'
import type { ProviderSummary } from '@/lib/auth/providers'

/** The sign-in choices this deployment offers: identity providers as buttons, email as a form. */
export function SignInOptions({
  providers,
  callbackUrl,
}: {
  providers: ProviderSummary[]
  callbackUrl: string
}) {
  const [busy, setBusy] = useState<string | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  // Signing in posts from script (next-auth's CSRF token lives in a cookie set by its API).
  const ready = useHydrated() && busy === null
  // Whoever signs in next, in this tab, gets their account's theme on the next page.
  useEffect(forgetThemeSync, [])

  async function signIn(provider: string, fields: Record<string, string> = {}) {
    setBusy(provider)
    setMessage(null)
    const result = await postToAuth(`signin/${provider}`, { ...fields, callbackUrl })
    if (result.ok) {
      window.location.assign(result.url)
      return
    }
    setBusy(null)
    setMessage(result.message)
  }

  function onEmail(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const email = String(new FormData(event.currentTarget).get('email') ?? '').trim()
    void signIn('email', { email })
  }

  const oauth = providers.filter((p) => p.type === 'oauth')
  const email = providers.find((p) => p.type === 'email')
  return (
    <div className="max-w-md space-y-6">
      <noscript>
        <p className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-amber-900">
          Signing in needs JavaScript. Reading, comparing careers and the salary explorer work
          without it.
        </p>
      </noscript>
      {oauth.map((provider) => (
        <button
          key={provider.id}
          type="button"
          disabled={!ready}
          onClick={() => signIn(provider.id)}
          className="block w-full rounded-lg border border-slate-300 px-4 py-3 text-left font-medium text-slate-900 hover:border-brand-600 disabled:opacity-60"
        >
          Continue with {provider.name}
        </button>
      ))}
      {email && (
        <form onSubmit={onEmail} className="space-y-3">
          {oauth.length > 0 && (
            <p className="text-sm text-slate-600">Or get a sign-in link by email:</p>
          )}
          <label htmlFor="signin-email" className="block font-medium text-slate-900">
            Email address
          </label>
          <input
            id="signin-email"
            name="email"
            type="email"
            required
            autoComplete="email"
            className="w-full rounded-lg border border-slate-300 px-4 py-2"
          />
          <button
            type="submit"
            disabled={!ready}
            className="rounded-lg bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-900 disabled:opacity-60"
          >
            Email me a sign-in link
          </button>
        </form>
      )}
      <p role="alert" className="text-sm font-medium text-red-700">
        {message}
      </p>
    </div>
  )
}
