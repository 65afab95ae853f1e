import type { Metadata } from 'next'

import { PageHeader } from '@/components/layout/PageHeader'
import { MAGIC_LINK_MAX_AGE_SECONDS } from '@/lib/auth/providers'

export const metadata: Metadata = {
  title: 'Check your email',
  robots: { index: false, follow: false },
}

export default function CheckEmailPage() {
  return (
    <PageHeader
      title="Check your email"
      lead={`We sent you a sign-in link. It works once and expires in ${MAGIC_LINK_MAX_AGE_SECONDS / 60} minutes. You can close this tab.`}
    />
  )
}
