'use client'

import { RefusedError, send } from '@/components/reader/readerApi'
import { SITE_PATHS } from '@/lib/paths'
import { applyTheme, isTheme, rememberedTheme, rememberedThemeAt } from '@/lib/theme'

/**
 * Whether this tab has found the reader signed in ("in") or nobody ("out", kept ten minutes): one
 * request per tab, not per page. Forgotten on the sign-in page (whoever signs in next is asked about
 * afresh; "out" is never kept on the sign-in pages), on signing out, and on a 401.
 */
const ACCOUNT_KEY = 'careerscope-theme-account'
const OUT_FOR_MS = 10 * 60_000

function accountState(): 'in' | 'out' | null {
  try {
    const state = sessionStorage.getItem(ACCOUNT_KEY) ?? ''
    if (state === 'in') return 'in'
    const outSince = Number(state.startsWith('out:') ? state.slice(4) : NaN)
    return Date.now() - outSince < OUT_FOR_MS ? 'out' : null
  } catch {
    return null
  }
}

function setAccountState(state: 'in' | 'out' | null): void {
  try {
    if (state === 'in') sessionStorage.setItem(ACCOUNT_KEY, 'in')
    else if (state === 'out') sessionStorage.setItem(ACCOUNT_KEY, `out:${Date.now()}`)
    else sessionStorage.removeItem(ACCOUNT_KEY)
  } catch {
    // Storage refused: the next page asks again.
  }
}

/** Someone is signing in: the next page asks the server who. */
export const forgetThemeSync = () => setAccountState(null)

/**
 * Signed out, or the account deleted: nothing chosen here under that account may reach the next
 * one, so this browser keeps showing the theme but no longer claims it as its own choice.
 */
export function forgetAccountTheme(): void {
  setAccountState(null)
  applyTheme(rememberedTheme(), null)
}

type AccountTheme = { theme: unknown; at: string | null }

/** Shows the account's theme here; this browser has nothing of its own left to send. Answers whether it changed. */
function adopt(account: AccountTheme): boolean {
  if (!isTheme(account.theme)) return false
  const changed = account.theme !== rememberedTheme()
  applyTheme(account.theme, null)
  return changed
}

/**
 * Sends the choice made in this browser, if any, to the signed-in reader's account, which keeps the
 * later of it and its own and answers which; that answer is shown here. Answers whether the theme
 * shown changed. Signed out (as far as this tab knows), nothing is sent.
 */
export async function sendTheme(): Promise<boolean> {
  const chosenAt = rememberedThemeAt()
  if (accountState() !== 'in' || !chosenAt) return false
  try {
    const body = await send('PUT', '/api/reader/preferences', {
      theme: rememberedTheme(),
      ago: Math.max(0, Date.now() - Date.parse(chosenAt)),
    })
    return adopt(body.theme as AccountTheme)
  } catch (error) {
    if (error instanceof RefusedError && error.status === 401) setAccountState(null)
    // Offline or refused: the choice stays this browser's, and the next tab sends it.
    return false
  }
}

/**
 * Reconciles this browser's theme with the signed-in reader's account, once per tab: a choice made
 * here (before signing in, or offline) is sent and the account keeps the later one; otherwise the
 * account's theme, chosen on another device, is shown here. Answers whether the theme shown changed.
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
    if (rememberedThemeAt()) return sendTheme()
    return body.theme.at ? adopt(body.theme) : false
  } catch {
    // Offline: the next page view tries again.
    return false
  }
}
