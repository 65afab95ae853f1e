import type { Metadata } from 'next'

import { PageHeader } from '@/components/layout/PageHeader'
import { ForgetThisBrowser } from '@/components/reader/ForgetThisBrowser'
import { SiteLink } from '@/components/SiteLink'

export const metadata: Metadata = {
  title: 'Account deleted',
  robots: { index: false, follow: false },
}

export default function AccountDeletedPage() {
  return (
    <PageHeader
      title="Your account is deleted"
      lead="Your saved pages, roadmap progress and sign-in details are gone from Careerscope."
    >
      <ForgetThisBrowser />
      <p className="mt-6">
        <SiteLink href="/" className="font-medium text-brand-700 underline">
          Back to Careerscope
        </SiteLink>
      </p>
    </PageHeader>
  )
}
