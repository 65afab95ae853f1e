import type { CollectionBeforeChangeHook } from 'payload'

import { spellingClashes } from '@/lib/skills/merge'

import { publicError } from '../../errors'

/**
 * Two skills answering to one spelling would make "K8s" name either of them: a name or synonym
 * another skill already answers to is refused, with the skill to merge into.
 */
export const refuseSpellingClashes: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
}) => {
  const skill = {
    id: originalDoc?.id,
    name: String(data.name ?? originalDoc?.name ?? ''),
    synonyms: (data.synonyms ?? originalDoc?.synonyms ?? []) as string[],
  }
  const { docs } = await req.payload.find({
    collection: 'skills',
    select: { name: true, synonyms: true },
    pagination: false,
    depth: 0,
    req,
  })
  const clashes = spellingClashes(skill, docs)
  if (clashes.length > 0) throw publicError(clashes.join(' '), 400)
  return data
}
