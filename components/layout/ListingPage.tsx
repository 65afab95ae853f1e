import type { ReactNode } from 'react'

import type { Crumb } from '@/lib/seo/breadcrumbs'

import { CardGrid } from '../cards/CardGrid'
import { Container } from './Container'
import { PageHeader } from './PageHeader'

/** An index page: a header, then a grid of cards, or a sentence saying there is nothing yet. */
export function ListingPage({
  crumbs,
  title,
  lead,
  empty,
  cards,
  children,
  footer,
}: {
  crumbs: Crumb[]
  title: string
  lead: string
  /** Shown instead of the grid when there are no cards. */
  empty: string
  cards: ReactNode[]
  /** Shown above the cards (a picker, filters). */
  children?: ReactNode
  /** Shown below the cards (the pages of a long list). */
  footer?: ReactNode
}) {
  return (
    <>
      <PageHeader crumbs={crumbs} title={title} lead={lead} />
      <Container className="py-10">
        {children && <div className="mb-10">{children}</div>}
        {cards.length === 0 ? (
          <p className="text-slate-600">{empty}</p>
        ) : (
          <CardGrid>{cards}</CardGrid>
        )}
        {footer}
      </Container>
    </>
  )
}
