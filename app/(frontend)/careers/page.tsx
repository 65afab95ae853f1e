import type { Metadata } from 'next'

import { CardGrid } from '@/components/cards/CardGrid'
import { RoleCard } from '@/components/cards/RoleCard'
import { PageHeader } from '@/components/layout/PageHeader'
import { listRoleCards } from '@/lib/content'
import { pageMetadata } from '@/lib/seo/metadata'

export const metadata: Metadata = pageMetadata({
  title: 'Careers',
  description:
    'What each tech career is really like: day-to-day work, skills, salary bands in ₹ LPA and where it leads.',
  path: '/careers',
})

export default async function CareersPage() {
  const roles = await listRoleCards()
  return (
    <>
      <PageHeader
        crumbs={[
          { name: 'Home', href: '/' },
          { name: 'Careers', href: '/careers' },
        ]}
        title="Careers"
        lead="What each job is really like, what it pays, and where it leads."
      />
      <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
        {roles.length === 0 ? (
          <p className="text-slate-600">No careers are published yet.</p>
        ) : (
          <CardGrid>
            {roles.map((r) => (
              <RoleCard key={r.id} role={r} />
            ))}
          </CardGrid>
        )}
      </div>
    </>
  )
}
