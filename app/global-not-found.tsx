import './(frontend)/globals.css'

import type { Metadata } from 'next'

import { LoadedSuggestions } from '@/components/layout/LoadedSuggestions'
import { NotFoundContent } from '@/components/layout/NotFoundContent'
import { SiteDocument } from '@/components/layout/SiteDocument'

/**
 * Any address no route matches. The app has two root layouts (the site and Payload's admin), so
 * there is no layout to render a 404 in; Next renders this page whole, at build, and answers 404
 * with it. Built ahead, it reads no content: the browser loads its suggestions.
 */
export const metadata: Metadata = {
  title: 'Page not found · Careerscope',
  robots: { index: false, follow: true },
}

export default function GlobalNotFound() {
  return (
    <SiteDocument>
      <NotFoundContent suggestions={<LoadedSuggestions />} />
    </SiteDocument>
  )
}
