import './globals.css'

import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'

import { SiteFooter } from '@/components/layout/SiteFooter'
import { SiteHeader } from '@/components/layout/SiteHeader'
import { PreviewBanner } from '@/components/preview/PreviewBanner'
import { previewUser } from '@/lib/content/previewUser'
import { serverUrl } from '@/lib/env'
import { SITE_PATHS } from '@/lib/paths'

import { inter } from './fonts'

export const metadata: Metadata = {
  metadataBase: new URL(serverUrl()),
  title: {
    default: 'Careerscope — honest career guidance for India',
    template: '%s · Careerscope',
  },
  description:
    'Career profiles, salary bands in ₹ LPA and side-by-side comparisons of tech careers, written and reviewed by editors.',
  alternates: {
    types: { 'application/rss+xml': [{ url: SITE_PATHS.feed, title: 'Careerscope articles' }] },
  },
}

export const viewport: Viewport = { themeColor: '#312e81' }

export default async function FrontendLayout({ children }: { children: ReactNode }) {
  const previewing = Boolean(await previewUser())
  return (
    <html lang="en-IN" className={inter.variable}>
      <body className="flex min-h-screen flex-col bg-white font-sans text-slate-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-4 focus:left-4 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        {previewing && <PreviewBanner serverUrl={serverUrl()} />}
        <SiteHeader />
        <main id="main" className="flex-1">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  )
}
