import Link from 'next/link'
import type { ComponentProps } from 'react'

/**
 * Next's Link without prefetching. Public pages come from the route cache in a few milliseconds, so
 * prefetching every link in view bought little and cost the first visit a dozen requests and their
 * processing on the main thread while the page was still becoming interactive.
 */
export function SiteLink({ prefetch = false, ...props }: ComponentProps<typeof Link>) {
  return <Link prefetch={prefetch} {...props} />
}
