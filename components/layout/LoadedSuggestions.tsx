'use client'

import { useEffect, useState } from 'react'

import type { NotFoundSuggestions as Suggestions } from '@/lib/content'
import { SITE_PATHS } from '@/lib/paths'

import { LinkList } from './LinkList'
import { NotFoundSuggestions } from './NotFoundSuggestions'

type Loaded = Suggestions | 'failed'

/** One request however often a 404 is shown in this tab; asked again only after a failure. */
let pending: Promise<Loaded> | null = null
function load(): Promise<Loaded> {
  pending ??= fetch(SITE_PATHS.notFoundSuggestions)
    .then(async (response): Promise<Loaded> => (response.ok ? await response.json() : 'failed'))
    .catch((): Loaded => 'failed')
    .then((loaded) => {
      if (loaded === 'failed') pending = null
      return loaded
    })
  return pending
}

const START_HERE = (
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

/**
 * The 404's popular careers and comparisons, loaded in the browser: for the 404 React shows in place
 * of a missing page's own (whose HTML already holds them), and the one built ahead for addresses no
 * route matches. Room is kept while they load; general links without JavaScript, or if they cannot
 * be loaded.
 */
export function LoadedSuggestions() {
  const [suggestions, setSuggestions] = useState<Loaded | null>(null)
  useEffect(() => {
    let shown = true
    void load().then((loaded) => shown && setSuggestions(loaded))
    return () => {
      shown = false
    }
  }, [])
  if (suggestions === 'failed') return START_HERE
  if (suggestions) return <NotFoundSuggestions {...suggestions} />
  return (
    <>
      <div className="min-h-40 sm:col-span-2" aria-hidden="true" />
      <noscript>{START_HERE}</noscript>
    </>
  )
}
