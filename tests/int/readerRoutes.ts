import type { Payload } from 'payload'

import { payloadAdapter } from '@/lib/auth/adapter'
import { serverUrl } from '@/lib/platform/env'

/** A signed-in reader for the reader routes: their id and the session cookie's token. */
export type Reader = { id: string; token: string }

/** Creates readers and their sessions through next-auth's adapter on the real Payload. */
export function readerFactory(payload: () => Payload) {
  const adapter = payloadAdapter(async () => payload())
  return async function newReader(email: string): Promise<Reader> {
    const user = await adapter.createUser!({
      email,
      emailVerified: new Date(),
      name: email.split('@')[0],
    })
    const token = `session-${email}-${Math.random()}`
    await adapter.createSession!({
      sessionToken: token,
      userId: user.id,
      expires: new Date(Date.now() + 86_400_000),
    })
    return { id: user.id, token }
  }
}

/** Our own pages' origin: the configured public one (lib/platform/env.ts siteOrigins). */
export const ORIGIN = serverUrl()

const ROUTES = {
  notes: () => import('@/app/api/reader/notes/route'),
  state: () => import('@/app/api/reader/state/route'),
  saves: () => import('@/app/api/reader/saves/route'),
  seen: () => import('@/app/api/reader/seen/route'),
  progress: () => import('@/app/api/reader/progress/route'),
  learned: () => import('@/app/api/reader/learned/route'),
  preferences: () => import('@/app/api/reader/preferences/route'),
  export: () => import('@/app/api/reader/export/route'),
  'digest/unsubscribe': () => import('@/app/api/reader/digest/unsubscribe/route'),
}

/** Calls a reader route handler as a browser on our site would, signed in as `reader` if given. */
export async function call(
  route: keyof typeof ROUTES,
  method: string,
  {
    reader,
    body,
    query = '',
    origin = ORIGIN,
    headers: extra = {},
    rawBody,
  }: {
    reader?: Reader
    body?: unknown
    query?: string
    origin?: string | null
    headers?: Record<string, string>
    /** A body sent as it is, not as JSON. */
    rawBody?: string
  } = {},
) {
  const handlers = (await ROUTES[route]()) as Record<
    string,
    (request: Request) => Promise<Response>
  >
  const headers: Record<string, string> = { host: new URL(ORIGIN).host, ...extra }
  if (reader) headers.cookie = `next-auth.session-token=${encodeURIComponent(reader.token)}`
  if (origin) headers.origin = origin
  if (body !== undefined || rawBody !== undefined) headers['content-type'] = 'application/json'
  const response = await handlers[method]!(
    new Request(`${ORIGIN}/api/reader/${route}${query}`, {
      method,
      headers,
      body: rawBody ?? (body === undefined ? undefined : JSON.stringify(body)),
    }),
  )
  return {
    status: response.status,
    json: (await response.json()) as Record<string, any>,
    headers: response.headers,
  }
}
