import type { Metadata } from 'next'

import { PageHeader } from '@/components/layout/PageHeader'
import { MAGIC_LINK_MAX_AGE_SECONDS } from '@/lib/auth/providers'
import { printsMail } from '@/lib/platform/mail'

export const metadata: Metadata = {
  title: 'Check your email',
  robots: { index: false, follow: false },
}

export default function CheckEmailPage() {
  return (
    <PageHeader
      title="Check your email"
      lead={`We sent you a sign-in link. It works once and expires in ${MAGIC_LINK_MAX_AGE_SECONDS / 60} minutes. You can close this tab.`}
    >
      {printsMail() && (
        <p className="mt-4 rounded-lg bg-amber-50 px-4 py-3 text-amber-900">
          Development site with no EMAIL_SERVER: the link is in the terminal running{' '}
          <code>npm run dev</code> (look for “[auth] Email to”).
        </p>
      )}
    </PageHeader>
  )
}
