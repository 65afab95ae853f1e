import type { Payload } from 'payload'

import { jsonBody, readerJson, readerRoute } from '@/lib/auth/readerRoute'
import { parseDoneStages } from '@/lib/readers/input'
import { doneStagesOf, learnedSkills } from '@/lib/readers/learned'

/** The stages sent (this browser's marks) and, signed in, the account's: the skills they teach. */
async function learned(request: Request, payload: Payload, readerId?: string) {
  const sent = parseDoneStages(await jsonBody(request))
  const account = readerId ? await doneStagesOf(payload, readerId) : []
  return readerJson({ learned: await learnedSkills(payload, [...sent, ...account]) })
}

/**
 * `POST { done: [{ role, stage }] }`: the skills the reader has learned on any roadmap, each with
 * the career that taught it, so every other roadmap naming them shows them done. Signed out, from
 * the marks this browser keeps; signed in, from those and the account's.
 */
export const POST = readerRoute(
  ({ request, reader, payload }) => learned(request, payload, reader.id),
  { whenSignedOut: ({ request, payload }) => learned(request, payload) },
)
