import type { Payload } from 'payload'

import { siteOrigins } from '../platform/env'
import { InvalidIdError } from '../platform/ids'
import { getPayloadClient } from '../platform/payload'
import { BodyTooLargeError, boundedText } from '../platform/server/requestBodies'
import { ReaderDataError } from '../readers/errors'
import { readerFromRequest, type SignedInReader } from './session'

type Context = { request: Request; reader: SignedInReader; payload: Payload }

const PRIVATE = { 'cache-control': 'private, no-store' }

export const readerJson = (body: unknown, status = 200) =>
  Response.json(body, { status, headers: PRIVATE })

const problem = (status: number, error: string, message: string) =>
  readerJson({ error, message }, status)

/**
 * Writes must come from our own pages: an Origin among the site's configured origins (the public one,
 * NEXTAUTH_URL's, ADMIN_ORIGINS), never one judged from the request's own Host or X-Forwarded-Host,
 * which a client sets. Session cookies are SameSite=Lax already; checking Origin as well closes the
 * gap for browsers or proxies that do not honour it.
 */
function fromOurOrigin(request: Request): boolean {
  const origin = request.headers.get('origin')
  return origin !== null && siteOrigins().includes(origin)
}

/**
 * Every route that touches reader data goes through here: it answers 401 unless a live session
 * names the reader, 403 to cross-site writes, and turns bad input into a 400 with a message. The
 * handler receives the reader from the session; it never takes a reader id from the request.
 * `whenSignedOut` answers signed-out readers instead of the 401, for routes that serve both.
 */
export function readerRoute(
  handler: (context: Context) => Promise<Response>,
  options: {
    whenSignedOut?: (context: Omit<Context, 'reader'>) => Response | Promise<Response>
  } = {},
) {
  return async (request: Request): Promise<Response> => {
    if (request.method !== 'GET' && !fromOurOrigin(request))
      return problem(403, 'CrossOrigin', 'This request must come from a Careerscope page.')
    try {
      const reader = await readerFromRequest(request)
      if (!reader)
        return options.whenSignedOut
          ? await options.whenSignedOut({ request, payload: await getPayloadClient() })
          : problem(401, 'SignInRequired', 'Sign in to save pages and track your progress.')
      return await handler({ request, reader, payload: await getPayloadClient() })
    } catch (error) {
      if (error instanceof ReaderDataError)
        return problem(error.status, 'InvalidRequest', error.message)
      if (error instanceof InvalidIdError) return problem(400, 'InvalidRequest', error.message)
      throw error
    }
  }
}

/** The JSON body of a request: a 413 past 16 KB (read no further), a 400 if it is not JSON. */
export async function jsonBody<T>(request: Request): Promise<T> {
  let text: string
  try {
    text = await boundedText(request)
  } catch (error) {
    if (error instanceof BodyTooLargeError) throw new ReaderDataError(error.message, 413)
    throw error
  }
  try {
    return JSON.parse(text) as T
  } catch {
    throw new ReaderDataError('The request body must be JSON.', 400)
  }
}
