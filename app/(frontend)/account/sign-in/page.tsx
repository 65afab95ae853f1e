import type { Metadata } from 'next'
import { redirect } from 'next/navigation'

import { Container } from '@/components/layout/Container'
import { PageHeader } from '@/components/layout/PageHeader'
import { SignInOptions } from '@/components/reader/SignInOptions'
import { safeCallbackPath } from '@/lib/auth/callbackUrl'
import { providerSummaries } from '@/lib/auth/providers'
import { currentReader } from '@/lib/auth/session'
import { signInErrorMessage } from '@/lib/auth/signInErrors'
import { signInReason } from '@/lib/auth/signInReason'

export const metadata: Metadata = { title: 'Sign in', robots: { index: false, follow: false } }

type Props = { searchParams: Promise<{ callbackUrl?: string; error?: string }> }

export default async function SignInPage({ searchParams }: Props) {
  const { callbackUrl, error } = await searchParams
  const destination = safeCallbackPath(callbackUrl)
  if (await currentReader()) redirect(destination)
  const providers = providerSummaries()
  const problem = signInErrorMessage(error)
  return (
    <>
      <PageHeader
        title={signInReason(destination)}
        lead="Save careers and comparisons, and track your progress through a roadmap. Reading never needs an account."
      />
      <Container className="py-10">
        {problem && (
          <p
            role="alert"
            className="mb-6 max-w-md rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-red-800"
          >
            {problem}
          </p>
        )}
        {providers.length ? (
          <SignInOptions providers={providers} callbackUrl={destination} />
        ) : (
          <p className="text-slate-700">Reader accounts are not available on this site yet.</p>
        )}
      </Container>
    </>
  )
}
