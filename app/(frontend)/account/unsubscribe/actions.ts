'use server'

import { redirect } from 'next/navigation'

import { SITE_PATHS } from '@/lib/paths'
import { digestLink } from '@/lib/readers/digestLink'

/** The button on the unsubscribe page: the token is the only credential, checked again here. */
export async function unsubscribe(formData: FormData) {
  const token = formData.get('token')
  const done = await digestLink.stop(token)
  redirect(
    `${SITE_PATHS.unsubscribe}?token=${encodeURIComponent(String(token ?? ''))}&${done ? 'done=1' : 'invalid=1'}`,
  )
}
