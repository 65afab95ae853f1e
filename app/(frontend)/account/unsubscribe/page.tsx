import type { Metadata } from 'next'

import { PageHeader } from '@/components/layout/PageHeader'
import { SiteLink } from '@/components/SiteLink'
import { SITE_PATHS } from '@/lib/paths'
import { digestLink } from '@/lib/readers/digestLink'

import { unsubscribe } from './actions'

export const metadata: Metadata = {
  title: 'Stop the weekly email',
  robots: { index: false, follow: false },
}

type Props = { searchParams: Promise<{ token?: string; done?: string }> }

/**
 * Where the digest's "stop these emails" link leads, signed in or not. Opening the link changes
 * nothing (mail scanners open links); the button does.
 */
export default async function UnsubscribePage({ searchParams }: Props) {
  const { token, done } = await searchParams
  if ((await digestLink.holder(token)) === null)
    return (
      <PageHeader
        title="This link does not work"
        lead="It may have been cut short when it was copied. Use the link in the email itself, or turn the weekly email off on your account."
      >
        <AccountLink />
      </PageHeader>
    )
  if (done)
    return (
      <PageHeader
        title="No more weekly emails"
        lead="You will not get the weekly summary of changes to your saved pages. You can turn it on again on your account."
      >
        <AccountLink />
      </PageHeader>
    )
  return (
    <PageHeader
      title="Stop the weekly email?"
      lead="You will no longer get the weekly summary of changes to the pages you saved. Your saved pages stay as they are."
    >
      <form action={unsubscribe} className="mt-6">
        <input type="hidden" name="token" value={token} />
        <button
          type="submit"
          className="rounded-lg bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-900"
        >
          Stop the weekly email
        </button>
      </form>
    </PageHeader>
  )
}

function AccountLink() {
  return (
    <p className="mt-6">
      <SiteLink href={SITE_PATHS.account} className="font-medium text-brand-700 underline">
        Your account
      </SiteLink>
    </p>
  )
}
