import type { ReactNode } from 'react'

import { SiteLink } from '@/components/SiteLink'

/** "← Previous · Page 2 of 5 · Next →" under a paged list, with room for links about the page. */
export function Pager({
  page,
  pageCount,
  link,
  children,
}: {
  page: number
  pageCount: number
  /** The address of another page of the same view. */
  link: (page: number) => string
  /** Shown at the end of the line (downloads of this page). */
  children?: ReactNode
}) {
  return (
    <nav aria-label="Pages" className="mt-6 flex flex-wrap items-center gap-4 text-sm">
      {page > 1 && <SiteLink href={link(page - 1)}>← Previous</SiteLink>}
      <span>
        Page {page} of {pageCount}
      </span>
      {page < pageCount && <SiteLink href={link(page + 1)}>Next →</SiteLink>}
      {children && <span className="ml-auto flex gap-4">{children}</span>}
    </nav>
  )
}
