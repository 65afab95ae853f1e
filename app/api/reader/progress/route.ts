import { jsonBody, readerJson, readerRoute } from '@/lib/auth/readerRoute'
import { parseStageUpdate } from '@/lib/readers/input'
import { setStageStatus } from '@/lib/readers/stageStatus'

/**
 * Mark a roadmap stage: `{ role, stage, status: "in_progress" | "done" | null, at? }`, `at` being when
 * the reader made the mark (offline or before signing in); answers the role's progress.
 */
export const PUT = readerRoute(async ({ request, reader, payload }) => {
  const { role, stage, status, at } = parseStageUpdate(await jsonBody(request))
  return readerJson({ progress: await setStageStatus(payload, reader.id, role, stage, status, at) })
})
