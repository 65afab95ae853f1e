'use client'

import { applyTheme, isTheme, rememberedTheme, rememberedThemeAt, type Theme } from '@/lib/theme'

/**
 * Set in this tab once its theme was reconciled with a signed-in account: one request per visit.
 * Signed out, each page view asks again (a request that reads no database), so signing in in this
 * tab is noticed on the next page.
 */
const SYNCED_KEY = 'careerscope-theme-synced'

const synced = () => {
  try {
    return sessionStorage.getItem(SYNCED_KEY) === '1'
  } catch {
    return false
  }
}

/** Signing out: this tab's choices no longer go to that account. */
export function forgetThemeSync(): void {
  try {
    sessionStorage.removeItem(SYNCED_KEY)
  } catch {
    // Storage refused: nothing was kept.
  }
}

const later = (a: string | null, b: string | null) =>
  a !== null && (b === null || Date.parse(a) > Date.parse(b))

/** Tells the signed-in reader's account about a choice made here (signed out, nothing is sent). */
export function sendTheme(theme: Theme, at: string): void {
  if (!synced()) return
  void fetch('/api/reader/preferences', {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ theme, at }),
    keepalive: true,
  }).catch(() => {})
}

/**
 * Reconciles this browser's theme with the signed-in reader's account, once per tab: the later choice
 * wins — the account's is applied here (a choice made on another device), or this browser's is sent
 * (made before signing in, or offline). Answers whether the theme shown here changed.
 */
export async function syncThemeWithAccount(): Promise<boolean> {
  try {
    if (synced()) return false
    const response = await fetch('/api/reader/preferences', { cache: 'no-store' })
    if (!response.ok) return false
    const body = (await response.json()) as {
      signedIn: boolean
      theme?: { theme: unknown; at: string | null }
    }
    if (!body.signedIn || !body.theme || !isTheme(body.theme.theme)) return false
    sessionStorage.setItem(SYNCED_KEY, '1')
    const local = { theme: rememberedTheme(), at: rememberedThemeAt() }
    if (later(body.theme.at, local.at)) {
      if (body.theme.theme === local.theme) return false
      applyTheme(body.theme.theme, body.theme.at!)
      return true
    }
    if (later(local.at, body.theme.at)) sendTheme(local.theme, local.at!)
    return false
  } catch {
    // Offline or storage refused: the next page view tries again.
    return false
  }
}
