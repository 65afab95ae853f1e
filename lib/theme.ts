import { choices, isChoice } from './choices'
/** The reader's colour theme: "system" follows the device; the others are chosen on the site. */
export const THEMES = choices({
  system: 'System',
  light: 'Light',
  dark: 'Dark',
})
export type Theme = (typeof THEMES)[number]['value']

/** Where the browser remembers the choice (localStorage). */
export const THEME_STORAGE_KEY = 'careerscope-theme'

export const isTheme = (value: unknown): value is Theme => isChoice(THEMES, value)

/**
 * Runs in <head> before the first paint: the remembered theme on <html data-theme>, or nothing
 * (the system's). Tiny and dependency-free, as it is inlined into every page.
 */
export const THEME_SCRIPT = `try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`

/**
 * When this browser's own choice was made (ISO time, this browser's clock), until the reader's
 * account has it: then the account decides, and the time is dropped (components/reader/themeSync.ts).
 */
export const THEME_CHOSEN_AT_KEY = 'careerscope-theme-at'

/**
 * Applies a theme to the page now and remembers it in this browser: a choice made here with when
 * (`chosenAt`), or the account's (null: nothing of this browser's is left to send).
 */
export function applyTheme(theme: Theme, chosenAt: string | null): void {
  const root = document.documentElement
  if (theme === 'system') delete root.dataset.theme
  else root.dataset.theme = theme
  try {
    if (theme === 'system') localStorage.removeItem(THEME_STORAGE_KEY)
    else localStorage.setItem(THEME_STORAGE_KEY, theme)
    if (chosenAt) localStorage.setItem(THEME_CHOSEN_AT_KEY, chosenAt)
    else localStorage.removeItem(THEME_CHOSEN_AT_KEY)
  } catch {
    // Storage refused (private mode): the choice lasts for this page.
  }
}

export function rememberedTheme(): Theme {
  try {
    const stored = localStorage.getItem(THEME_STORAGE_KEY)
    return isTheme(stored) ? stored : 'system'
  } catch {
    return 'system'
  }
}

/** When this browser's own choice was made, or null if it made none its reader's account lacks. */
export function rememberedThemeAt(): string | null {
  try {
    const at = localStorage.getItem(THEME_CHOSEN_AT_KEY)
    return at && Number.isFinite(Date.parse(at)) ? at : null
  } catch {
    return null
  }
}
