/**
 * What a write to Payload's API may carry: a JSON object whose keys never start with `$`.
 *
 * With the MongoDB adapter, Payload 3.86–3.94.1 passes `$`-prefixed keys in an update body straight
 * to Mongoose (`{"$set": {"role": "admin"}}` skips field access: advisory GHSA-8899-x9g3-4xgr, fixed
 * upstream in 3.94.2, which the registry does not serve yet); the SQL adapters act on `$inc`,
 * `$push` and `$remove` inside values. No field of ours starts with `$`, so such a key is refused on
 * every database. A body that is not an object (`null`, a string, an array) would reach Payload's
 * hooks as `data` and fail there with a 500; it is refused with a 400 instead.
 */

/** The first key starting with `$` anywhere in a JSON value, or null. */
export function dollarKey(value: unknown): string | null {
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = dollarKey(item)
      if (found) return found
    }
    return null
  }
  if (value === null || typeof value !== 'object') return null
  for (const [key, inner] of Object.entries(value)) {
    if (key.startsWith('$')) return key
    const found = dollarKey(inner)
    if (found) return found
  }
  return null
}

/** Why a parsed body is refused, or null when it may go on. */
export function bodyRefusal(body: unknown): string | null {
  if (body === null || typeof body !== 'object' || Array.isArray(body))
    return 'The request body must be a JSON object.'
  let key: string | null
  try {
    key = dollarKey(body)
  } catch (error) {
    // Nesting deep enough to exhaust the stack: no form of ours sends that.
    if (error instanceof RangeError) return 'The request body is nested too deeply.'
    throw error
  }
  return key ? `Field names may not start with "$" (found "${key}").` : null
}

const WRITES = new Set(['POST', 'PATCH', 'PUT'])

/**
 * The JSON values a request carries, as Payload will read them: a JSON body (whatever its content
 * type — some of Payload's handlers call `req.json()` themselves), or every `_payload` field of a
 * multipart upload (Payload takes the last non-empty one). None when there is nothing to check: no
 * body, or a body Payload itself refuses as invalid.
 */
async function carriedJson(request: Request): Promise<unknown[]> {
  const type = request.headers.get('content-type') ?? ''
  if (type.startsWith('multipart/form-data')) {
    const fields = (await request.clone().formData()).getAll('_payload')
    return fields
      .filter((field): field is string => typeof field === 'string' && field.trim() !== '')
      .map(parseOrUndefined)
      .filter((value) => value !== undefined)
  }
  const text = await request.clone().text()
  const value = text.trim() === '' ? undefined : parseOrUndefined(text)
  return value === undefined ? [] : [value]
}

function parseOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

type Handler<Rest extends unknown[]> = (request: Request, ...rest: Rest) => Promise<Response>

/**
 * Wraps a Payload route handler (REST, GraphQL): a write whose JSON body is refused answers 400 in
 * Payload's own error shape, which the admin shows beside the form.
 */
export function refusingBadBodies<Rest extends unknown[]>(handler: Handler<Rest>): Handler<Rest> {
  return async (request, ...rest) => {
    if (WRITES.has(request.method)) {
      const bodies = await carriedJson(request).catch(() => [])
      const refusal = bodies.map(bodyRefusal).find(Boolean)
      if (refusal) return Response.json({ errors: [{ message: refusal }] }, { status: 400 })
    }
    return handler(request, ...rest)
  }
}

/** Reader requests are small — a note is 2,000 characters — so a bigger body is refused unread. */
export const MAX_SMALL_BODY_BYTES = 16 * 1024

export class BodyTooLargeError extends Error {
  constructor(limit: number) {
    super(`The request body is larger than ${Math.round(limit / 1024)} KB.`)
    this.name = 'BodyTooLargeError'
  }
}

/**
 * The body of a request as text, read only up to `limit` bytes: a declared or actual length beyond it
 * throws BodyTooLargeError before the rest is buffered. Reads a copy, so the request can still be
 * read by whoever handles it next.
 */
export async function boundedText(request: Request, limit = MAX_SMALL_BODY_BYTES): Promise<string> {
  if (Number(request.headers.get('content-length')) > limit) throw new BodyTooLargeError(limit)
  const stream = request.clone().body
  if (!stream) return ''
  const reader = stream.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > limit) {
      // Not awaited: a branch of a cloned (teed) body settles its cancel only once the other
      // branch is cancelled too, which is the handler's to do.
      void reader.cancel().catch(() => {})
      throw new BodyTooLargeError(limit)
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}
