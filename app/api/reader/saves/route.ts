import { jsonBody, readerJson, readerRoute } from '@/lib/auth/readerRoute'
import { parseTarget } from '@/lib/readers/input'
import { savePage, unsavePage } from '@/lib/readers/saves'

/** Save a page: `{ collection, id }`. */
export const POST = readerRoute(async ({ request, reader, payload }) => {
  await savePage(payload, reader.id, parseTarget(await jsonBody(request)))
  return readerJson({ saved: true })
})

/** Remove a saved page: `{ collection, id }`. */
export const DELETE = readerRoute(async ({ request, reader, payload }) => {
  await unsavePage(payload, reader.id, parseTarget(await jsonBody(request)))
  return readerJson({ saved: false })
})
