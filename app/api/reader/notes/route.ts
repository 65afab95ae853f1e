import { jsonBody, readerJson, readerRoute } from '@/lib/auth/readerRoute'
import { parseNote } from '@/lib/readers/input'
import { setNote } from '@/lib/readers/notes'

/**
 * Write the reader's private note: `{ collection, id, stage?, text }` — on a page, or on one stage of a
 * career's roadmap; empty text deletes it. Answers the page's notes.
 */
export const PUT = readerRoute(async ({ request, reader, payload }) => {
  const { target, stage, text } = parseNote(await jsonBody(request))
  return readerJson({ notes: await setNote(payload, reader.id, target, stage, text) })
})
