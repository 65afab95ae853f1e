import { jsonBody, readerJson, readerRoute } from '@/lib/auth/readerRoute'
import { parseTarget } from '@/lib/readers/input'
import { markSeen } from '@/lib/readers/saves'

/** The reader opened a page they saved, `{ collection, id }`: /account stops marking it changed. */
export const POST = readerRoute(async ({ request, reader, payload }) =>
  readerJson(await markSeen(payload, reader.id, parseTarget(await jsonBody(request)))),
)
