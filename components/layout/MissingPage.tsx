import { notFound } from 'next/navigation'
import { Suspense } from 'react'

import type { NotFoundSuggestions as Suggestions } from '@/lib/content'

import { NotFoundContent } from './NotFoundContent'
import { NotFoundSuggestions } from './NotFoundSuggestions'

/** Sets the 404 status; rendered after the page's own markup, so that markup is in the HTML. */
async function NotFoundStatus(): Promise<never> {
  notFound()
}

/**
 * The 404 a page renders for an address with no content, whole, in the HTML. Next 16 answers a
 * `notFound()` thrown by the page itself with an empty HTML body and the 404 page only in the RSC
 * payload (vercel/next.js#98295), so readers without JavaScript saw a blank page. The page renders
 * the 404 itself, and a suspended child throws `notFound()` only for the status code. (In the
 * browser, React then shows app/(frontend)/not-found.tsx in its place: the same page, which loads
 * the same suggestions there.)
 */
export function MissingPage(suggestions: Suggestions) {
  return (
    <>
      <NotFoundContent suggestions={<NotFoundSuggestions {...suggestions} />} />
      <Suspense fallback={null}>
        <NotFoundStatus />
      </Suspense>
    </>
  )
}
