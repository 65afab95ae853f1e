import type { Page } from '@playwright/test'

import services from './services.json' with { type: 'json' }

/** The identity provider's own pages run under its own policy, not ours. */
const ourPage = (url: string) => !url.startsWith(`http://localhost:${services.oidc.port}`)

/**
 * Collects what the browser refused under our Content-Security-Policy on this page: Chromium
 * reports each blocked script, style, frame or form target on the console.
 */
export function cspViolations(page: Page): string[] {
  const seen: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text()) && ourPage(page.url()))
      seen.push(`${page.url()}: ${message.text()}`)
  })
  return seen
}
