'use server'

import { redirect } from 'next/navigation'

import { SITE_PATHS } from '@/lib/paths'
import { getPayloadClient } from '@/lib/payload'
import { stopDigest } from '@/lib/readers/preferences'

/** The button on the unsubscribe page: the token is the only credential, checked again here. */
export async function unsubscribe(formData: FormData) {
  const token = formData.get('token')
  const done = await stopDigest(await getPayloadClient(), token)
  redirect(
    `${SITE_PATHS.unsubscribe}?token=${encodeURIComponent(String(token ?? ''))}&${done ? 'done=1' : 'invalid=1'}`,
  )
}
