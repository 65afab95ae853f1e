import type { Metadata } from 'next'

import { CareerCard } from '@/components/cards/CareerCard'
import { ListingPage } from '@/components/layout/ListingPage'
import { listCareerCards, listCareerPay } from '@/lib/content'
import { SITE_PATHS } from '@/lib/paths'
import { breadcrumbs } from '@/lib/seo/breadcrumbs'
import { pageMetadata } from '@/lib/seo/metadata'

export const metadata: Metadata = pageMetadata({
  title: 'Careers',
  description:
    'What each tech career is really like: day-to-day work, skills, salary bands in ₹ LPA and where it leads.',
  path: SITE_PATHS.careers,
})

export async function CareersPage() {
  const [roles, pay] = await Promise.all([listCareerCards(), listCareerPay()])
  return (
    <ListingPage
      crumbs={breadcrumbs.careers()}
      title="Careers"
      lead="What each job is really like, what it pays (mid-level, in India), and where it leads."
      empty="No careers are published yet."
      cards={roles.map((role) => (
        <CareerCard key={role.id} role={role} pay={pay[String(role.id)]} />
      ))}
    />
  )
}
