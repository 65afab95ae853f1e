import type { ReactNode } from 'react'

import { Breadcrumbs, type Crumb } from './Breadcrumbs'
import { Container } from './Container'

export function PageHeader({
  crumbs,
  title,
  lead,
  children,
}: {
  crumbs?: Crumb[]
  title: string
  lead?: ReactNode
  children?: ReactNode
}) {
  return (
    <div className="border-b border-slate-200 bg-gradient-to-b from-brand-50 to-white">
      <Container className="py-10">
        {crumbs && <Breadcrumbs crumbs={crumbs} />}
        <h1 className="mt-3 text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">
          {title}
        </h1>
        {lead && <p className="mt-4 max-w-3xl text-lg leading-8 text-slate-700">{lead}</p>}
        {children}
      </Container>
    </div>
  )
}
