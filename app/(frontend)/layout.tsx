import './globals.css'

import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'

import { SiteDocument } from '@/components/layout/SiteDocument'
import { PreviewBanner } from '@/components/preview/PreviewBanner'
import { previewUser } from '@/lib/content/previewUser'
import { SITE_PATHS } from '@/lib/paths'
import { serverUrl } from '@/lib/platform/env'

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
  // Draft mode is read first: only a previewing request reads its cookies (to find the staff user),
  // so every other request renders the same cacheable page.
  const previewing = Boolean(await previewUser())
  return (
    <SiteDocument banner={previewing && <PreviewBanner serverUrl={serverUrl()} />}>
      {children}
    </SiteDocument>
  )
}
