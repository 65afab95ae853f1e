'use client'

import { SITE_PATHS } from '@/lib/paths'
import { applyTheme, isTheme, rememberedTheme, rememberedThemeAt, type Theme } from '@/lib/theme'

/**
 * Whether this tab has reconciled its theme with the reader's account ("in") or found nobody signed
 * in ("out"): one request per tab, not per page. Forgotten on the sign-in page (whoever signs in
 * next is asked about afresh; "out" is never kept on the sign-in pages), on signing out, and when
 * the server stops recognising the session.
 */
const ACCOUNT_KEY = 'careerscope-theme-account'

function accountState(): 'in' | 'out' | null {
  try {
    const state = sessionStorage.getItem(ACCOUNT_KEY)
    return state === 'in' || state === 'out' ? state : null
  } catch {
    return null
  }
}

function setAccountState(state: 'in' | 'out' | null): void {
  try {
    if (state) sessionStorage.setItem(ACCOUNT_KEY, state)
    else sessionStorage.removeItem(ACCOUNT_KEY)
  } catch {
    // Storage refused: the next page asks again.
  }
}

/** Signing in or out: the next page asks the server who is signed in. */
export const forgetThemeSync = () => setAccountState(null)

type AccountTheme = { theme: unknown; at: string | null }

const later = (a: string | null, b: string | null) =>
  a !== null && (b === null || Date.parse(a) > Date.parse(b))

/**
 * Keeps the account's answer here, time included: the server caps a time ahead of its clock, so
 * keeping the server's time stops a browser whose clock runs fast from winning every later round.
 * Answers whether the theme shown here changed.
 */
function adopt(account: AccountTheme): boolean {
  if (!isTheme(account.theme) || !account.at) return false
  const changed = account.theme !== rememberedTheme()
  applyTheme(account.theme, account.at)
  return changed
}

/** Tells the signed-in reader's account about a choice made here (signed out, nothing is sent). */
export async function sendTheme(theme: Theme, at: string): Promise<boolean> {
  if (accountState() !== 'in') return false
  try {
    const response = await fetch('/api/reader/preferences', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ theme, at }),
      keepalive: true,
    })
    if (response.status === 401) setAccountState(null)
    if (!response.ok) return false
    return adopt(((await response.json()) as { theme: AccountTheme }).theme)
  } catch {
    // Offline: the next tab reconciles, and the later choice still wins.
    return false
  }
}

/**
 * Reconciles this browser's theme with the signed-in reader's account, once per tab: the later choice
 * wins — the account's is applied here (a choice made on another device), or this browser's is sent
 * (made before signing in, or offline). Answers whether the theme shown here changed.
 */
export async function syncThemeWithAccount(): Promise<boolean> {
  if (accountState()) return false
  try {
    const response = await fetch('/api/reader/preferences', { cache: 'no-store' })
    if (!response.ok) return false
    const body = (await response.json()) as { signedIn: boolean; theme?: AccountTheme }
    if (!body.signedIn || !body.theme) {
      // Not on the sign-in pages: whoever is signing in there is asked about on the next page.
      if (!window.location.pathname.startsWith(`${SITE_PATHS.account}/`)) setAccountState('out')
      return false
    }
    setAccountState('in')
    const local = { theme: rememberedTheme(), at: rememberedThemeAt() }
    if (later(body.theme.at, local.at)) return adopt(body.theme)
    if (later(local.at, body.theme.at)) return sendTheme(local.theme, local.at!)
    return false
  } catch {
    // Offline: the next page view tries again.
    return false
  }
}
