import { redirect } from 'next/navigation'

import { signInPath } from '../paths'
import { getPayloadClient } from '../platform/payload'
import { currentReader } from './session'

/**
 * What an account page or a server action starts with, as ./readerRoute.ts is for the reader API:
 * the reader from the session — never from the request — and Payload to read their records with
 * (lib/readers, lib/salaries/reports scope every query to that reader). Signed out, the reader is sent
 * to sign in and back to `returnTo`. Pages and actions reach Payload only through here.
 */
export async function readerPage(returnTo: string) {
  const reader = await currentReader()
  if (!reader) redirect(signInPath(returnTo))
  return { reader, payload: await getPayloadClient() }
}
