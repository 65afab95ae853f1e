'use client'

import { useEffect, useState } from 'react'

import type { NotFoundSuggestions as Suggestions } from '@/lib/content'
import { SITE_PATHS } from '@/lib/paths'

import { LinkList } from './LinkList'
import { NotFoundSuggestions } from './NotFoundSuggestions'

/**
 * The 404's popular careers and comparisons, loaded in the browser: for the 404 React shows in place
 * of a missing page's own (whose HTML already holds them), and the one built ahead for addresses no
 * route matches. General links until they come, or if they cannot.
 */
export function LoadedSuggestions() {
  const [suggestions, setSuggestions] = useState<Suggestions | 'failed' | null>(null)
  useEffect(() => {
    const controller = new AbortController()
    fetch(SITE_PATHS.notFoundSuggestions, { signal: controller.signal })
      .then((response) => (response.ok ? response.json() : 'failed'))
      .then(setSuggestions)
      .catch(() => !controller.signal.aborted && setSuggestions('failed'))
    return () => controller.abort()
  }, [])
  if (suggestions && suggestions !== 'failed') return <NotFoundSuggestions {...suggestions} />
  // Until they come (and without JavaScript), the places most readers go next.
  return (
    <LinkList
      id="start-here"
      title="Start here"
      items={[
        { key: 'careers', href: SITE_PATHS.careers, label: 'Every career we profile' },
        { key: 'compare', href: SITE_PATHS.compare, label: 'Careers compared side by side' },
      ]}
      more={{ href: SITE_PATHS.home, label: 'Careerscope home →' }}
    />
  )
}
