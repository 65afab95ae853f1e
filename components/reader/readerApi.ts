'use client'

/** No answer at all: the reader is offline (or the site unreachable); the write can wait. */
export class OfflineError extends Error {}

/** An answer refusing the request, with its status. */
export class RefusedError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message)
  }
}

/**
 * A write to the reader routes (app/api/reader) from the browser: JSON in, JSON out. Throws
 * OfflineError when nothing answered, RefusedError with the server's message otherwise.
 */
export async function send(
  method: string,
  url: string,
  body: unknown,
): Promise<Record<string, unknown>> {
  let response: Response
  try {
    // keepalive: a reader who clicks and leaves the page at once still gets the write.
    response = await fetch(url, {
      method,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      keepalive: true,
    })
  } catch {
    throw new OfflineError(
      'Saved in this browser while offline: it is sent when you are back online.',
    )
  }
  const json = (await response.json().catch(() => ({}))) as Record<string, unknown>
  if (!response.ok)
    throw new RefusedError(
      typeof json.message === 'string' ? json.message : 'That did not work. Please try again.',
      response.status,
    )
  return json
}
