import { cookies } from 'next/headers'
import { cache } from 'react'

import { sessionCookieName } from './cookies'
import { adapter } from './options'

export type SignedInReader = { id: string; email: string; name: string | null }

/**
 * The reader a session token belongs to, or null if the session is unknown or expired. The same
 * lookup next-auth makes for database sessions; reader routes call it themselves rather than trust
 * that a middleware ran.
 */
export async function readerForSessionToken(
  token: string | undefined | null,
): Promise<SignedInReader | null> {
  if (!token) return null
  const found = await adapter.getSessionAndUser!(token)
  if (!found || found.session.expires.getTime() <= Date.now()) return null
  const { id, email, name } = found.user
  return { id, email, name: name ?? null }
}

function cookieValue(header: string | null, name: string): string | null {
  for (const part of header?.split(';') ?? []) {
    const [key, ...value] = part.trim().split('=')
    if (key === name) return decodeURIComponent(value.join('='))
  }
  return null
}

/** For route handlers: the signed-in reader making this request. */
export function readerFromRequest(request: Request): Promise<SignedInReader | null> {
  return readerForSessionToken(cookieValue(request.headers.get('cookie'), sessionCookieName()))
}

/** For server components and server actions: the signed-in reader, once per request. */
export const currentReader = cache(async (): Promise<SignedInReader | null> => {
  const jar = await cookies()
  return readerForSessionToken(jar.get(sessionCookieName())?.value)
})
