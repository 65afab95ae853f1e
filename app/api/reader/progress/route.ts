import { jsonBody, readerJson, readerRoute } from '@/lib/auth/readerRoute'
import { parseStageUpdate } from '@/lib/readers/input'
import { setStageStatus } from '@/lib/readers/stageStatus'

/** Mark a roadmap stage: `{ role, stage, status: "in_progress" | "done" | null }`; answers the role's progress. */
export const PUT = readerRoute(async ({ request, reader, payload }) => {
  const { role, stage, status } = parseStageUpdate(await jsonBody(request))
  return readerJson({ progress: await setStageStatus(payload, reader.id, role, stage, status) })
})
