import { commitTransaction, type Endpoint, initTransaction, killTransaction } from 'payload'

import { adminDocPath } from '@/lib/paths'
import { InvalidIdError, toDocId } from '@/lib/platform/ids'
import { cacheTags, expireTags } from '@/lib/platform/revalidate'
import { keysOf, skillKey } from '@/lib/skills/names'
import { isPublisherUser } from '@/lib/staff'

import { endpointProblem } from '../errors'
import { reindexCareersNaming } from './hooks/refreshWhereShown'
import { isSqlDatabase, sqlRun } from './sql'

/** The tables holding careers' skill references: the live careers' and every saved version's. */
const RELS = ['roles_rels', '_roles_v_rels']

/**
 * POST /api/skills/:id/merge `{ into }`: an editor merges a skill into another. Every career and
 * every saved version naming it names the other instead (once, where it named both), the other
 * skill answers to its name and synonyms from then on, and it is deleted; see the order below for
 * why nothing is lost if it stops half-way. Pages showing skill names and the career graph are refreshed.
 */
export const mergeEndpoint: Endpoint = {
  path: '/:id/merge',
  method: 'post',
  handler: async (req) => {
    if (!isPublisherUser(req.user)) return endpointProblem(403, 'Only editors can merge skills.')
    if (!isSqlDatabase(req))
      return endpointProblem(
        501,
        'Merging skills is not available on MongoDB yet: move the careers by hand.',
      )
    const body = (await req.json?.().catch(() => null)) as { into?: unknown } | null
    let from: number | string
    let into: number | string
    try {
      from = toDocId(req.payload, String(req.routeParams?.id ?? ''))
      into = toDocId(req.payload, String(body?.into ?? ''))
    } catch (error) {
      if (error instanceof InvalidIdError)
        return endpointProblem(400, 'Say which skill to merge into: { "into": <skill id> }.')
      throw error
    }
    if (String(from) === String(into))
      return endpointProblem(400, 'A skill cannot be merged into itself.')
    const [merged, kept] = await Promise.all(
      [from, into].map((id) =>
        req.payload.findByID({ collection: 'skills', id, depth: 0, disableErrors: true, req }),
      ),
    )
    if (!merged || !kept) return endpointProblem(404, 'One of the two skills does not exist.')

    // In this order each step can be run again after a failure without losing anything: the kept
    // skill takes the spellings first, then the references move, then the other skill goes. On
    // Postgres all three are one transaction; SQLite here runs without transactions (payload/guards.ts).
    const started = await initTransaction(req)
    try {
      const spellings = [kept.name, ...(kept.synonyms ?? [])]
      const taken = new Set(keysOf({ name: kept.name, synonyms: kept.synonyms }))
      const added = [merged.name, ...(merged.synonyms ?? [])].filter(
        (spelling) => !taken.has(skillKey(spelling)),
      )
      req.context.mergingFrom = from
      await req.payload.update({
        collection: 'skills',
        id: into,
        data: { synonyms: [...spellings.slice(1), ...added] },
        req,
      })
      for (const table of RELS) {
        // Where a list named both, the merged one's row goes; elsewhere it is re-pointed.
        await sqlRun(
          req,
          `DELETE FROM ${table} WHERE skills_id = ${Number(from)} AND EXISTS (SELECT 1 FROM ${table} other WHERE other.parent_id = ${table}.parent_id AND other.path = ${table}.path AND other.skills_id = ${Number(into)})`,
        )
        await sqlRun(
          req,
          `UPDATE ${table} SET skills_id = ${Number(into)} WHERE skills_id = ${Number(from)}`,
        )
      }
      await req.payload.delete({ collection: 'skills', id: from, req })
      // The careers that named the merged skill are found by the kept one's spellings now.
      await reindexCareersNaming(req, into)
      if (started) await commitTransaction(req)
    } catch (error) {
      if (started) await killTransaction(req)
      throw error
    }
    // Payload's commit does not throw when it fails: the merged skill still there says it did.
    const left = await req.payload.findByID({
      collection: 'skills',
      id: from,
      depth: 0,
      disableErrors: true,
      overrideAccess: true,
    })
    if (left)
      return endpointProblem(500, 'The merge could not be saved; nothing was lost. Try again.')
    expireTags([cacheTags.skills, cacheTags.careerGraph])
    return Response.json({ id: into, url: adminDocPath('skills', into) }, { status: 200 })
  },
}
