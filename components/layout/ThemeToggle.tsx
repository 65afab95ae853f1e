'use client'

import { useEffect, useSyncExternalStore } from 'react'

import { Options } from '@/components/forms/Options'
import { applyTheme, rememberedTheme, type Theme, THEMES } from '@/lib/theme'

import { sendTheme, syncThemeWithAccount } from '../reader/themeSync'

const listeners = new Set<() => void>()
const notify = () => listeners.forEach((listener) => listener())
/** Other tabs change the choice through `storage` events; this one through applyTheme below. */
function subscribe(listener: () => void) {
  listeners.add(listener)
  window.addEventListener('storage', listener)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('storage', listener)
  }
}

/**
 * System / Light / Dark, remembered in this browser and, for a signed-in reader, on their account
 * (./themeSync.ts). Rendered only once scripts run (the choice
 * needs them, and the page's HTML stays the same for every reader); without JavaScript the site
 * follows the system setting.
 */
export function ThemeToggle() {
  // null on the server and during hydration: the control appears once scripts run.
  const theme = useSyncExternalStore<Theme | null>(subscribe, rememberedTheme, () => null)
  useEffect(() => {
    void syncThemeWithAccount().then((changed) => changed && notify())
  }, [])
  if (!theme) return null
  return (
    <label className="flex items-center gap-2 text-sm text-slate-700">
      {/* Named for everyone; shown beside the control where there is room. */}
      <span className="sr-only sm:not-sr-only">Theme</span>
      <select
        value={theme}
        onChange={(event) => {
          applyTheme(event.target.value as Theme, new Date().toISOString())
          notify()
          void sendTheme().then((changed) => changed && notify())
        }}
        className="rounded border border-slate-300 bg-white px-2 py-1 text-slate-900"
      >
        <Options options={THEMES} />
      </select>
    </label>
  )
}
