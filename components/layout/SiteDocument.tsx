import type { ReactNode } from 'react'

import { PRINT_SCRIPT } from '@/lib/print'
import { THEME_SCRIPT } from '@/lib/theme'

import { SiteFooter } from './SiteFooter'
import { SiteHeader } from './SiteHeader'

/**
 * The public site's <html>: skip link, header, main, footer. Shared by the (frontend) layout and the
 * global 404 page, which Next renders outside any layout.
 */
export function SiteDocument({ banner, children }: { banner?: ReactNode; children: ReactNode }) {
  return (
    // The inline script sets data-theme before hydration, on purpose.
    <html lang="en-IN" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: `${THEME_SCRIPT};${PRINT_SCRIPT}` }} />
      </head>
      <body className="flex min-h-screen flex-col bg-white font-sans text-slate-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-4 focus:left-4 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        {banner}
        <SiteHeader />
        <main id="main" className="flex-1">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  )
}
