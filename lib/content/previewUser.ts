import { draftMode, headers } from 'next/headers'
import { cache } from 'react'

import type { User } from '@/payload-types'

import { getPayloadClient } from '../platform/payload'
import { asStaff } from '../staff'

/**
 * The member of staff previewing drafts, or null. Draft mode alone is not enough: its cookie says
 * only that someone once entered preview, so the Payload session is checked on every read
 * (payload.auth answers with an object even for nobody — payloadcms/payload#17204 — hence `user`).
 */
export async function staffFromHeaders(requestHeaders: Headers): Promise<User | null> {
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: requestHeaders })
  return asStaff(user)
}

/** Once per request: the layout and every content read on the page ask. */
export const previewUser = cache(async (): Promise<User | null> => {
  const { isEnabled } = await draftMode()
  if (!isEnabled) return null
  return staffFromHeaders(await headers())
})
