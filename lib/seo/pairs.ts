import type { Metadata } from 'next'

import { pairPath } from '../comparisons/pairs'
import type { GeneratedComparison } from '../content/pairs'
import { marketInfo } from '../markets'
import { breadcrumbs } from './breadcrumbs'
import { pairPageJsonLd } from './jsonLd'
import { pageMetadata, shareCards } from './metadata'

/** Everything a generated comparison says about itself: headings, metadata, share card, JSON-LD. */
export function pairPage(comparison: GeneratedComparison) {
  const { first, second, market } = comparison
  const a = first.role.title
  const b = second.role.title
  const slugs = [first.role.slug ?? '', second.role.slug ?? ''] as const
  const path = pairPath(...slugs)
  const heading = `${a} vs ${b}`
  const title = `${heading}: pay, skills and how to switch`
  const where = market ? ` in ${marketInfo(market)?.label ?? market}` : ''
  const description = `${a} and ${b} compared from our career profiles and salary tables: pay by level${where}, the skills they share and a path from one to the other.`
  const image = shareCards.comparison(path.split('/').pop() ?? '', heading)
  return {
    path,
    heading,
    title,
    description,
    image,
    crumbs: breadcrumbs.pair(heading, path),
    metadata(): Metadata {
      return {
        ...pageMetadata({ title, description, path, image }),
        // Indexed only when the page can compare pay: both careers have data for one market.
        ...(!comparison.indexable && { robots: { index: false, follow: true } }),
      }
    },
    jsonLd(now: Date) {
      return pairPageJsonLd(
        { title, description, path, image: image.url, crumbs: breadcrumbs.pair(heading, path) },
        [first, second].map((side) => ({
          role: side.role,
          tables: side.salary ? [side.salary] : [],
        })),
        now,
      )
    },
  }
}
