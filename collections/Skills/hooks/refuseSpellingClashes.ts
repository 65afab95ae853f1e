import type { CollectionBeforeChangeHook } from 'payload'

import { spellingClashes } from '@/lib/skills/merge'
import { keysOf } from '@/lib/skills/names'

import { publicError } from '../../errors'

const asList = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []

/**
 * Two skills answering to one spelling would make "K8s" name either of them: a name or synonym
 * another skill already answers to is refused, with the skill to merge into. Payload saves the
 * documents of one bulk update side by side, each seeing the others as they were: the spellings
 * each claims are kept on the request, so two of them cannot take the same one at once.
 */
export const refuseSpellingClashes: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
}) => {
  if (data.synonyms !== undefined && data.synonyms !== null && !Array.isArray(data.synonyms))
    throw publicError('Synonyms are a list of spellings.', 400)
  const skill = {
    id: originalDoc?.id,
    name: String(data.name ?? originalDoc?.name ?? ''),
    synonyms: asList(data.synonyms ?? originalDoc?.synonyms),
  }
  const claimed = (req.context.skillSpellings ??= new Map()) as Map<string, string>
  const mine = String(skill.id ?? `new:${skill.name}`)
  const keys = keysOf(skill)
  const taken = keys.filter((key) => claimed.has(key) && claimed.get(key) !== mine)
  if (taken.length > 0)
    throw publicError(
      `"${taken[0]}" is being given to two skills at once; save one at a time.`,
      400,
    )
  for (const key of keys) claimed.set(key, mine)
  // The skills as the request found them, read once: the spellings saved since are the claims above.
  const stored = (req.context.skillsAtStart ??= (
    await req.payload.find({
      collection: 'skills',
      select: { name: true, synonyms: true },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
  ).docs) as { id: number | string; name: string; synonyms?: string[] | null }[]
  // A merge gives the kept skill the spellings of the one it is about to delete.
  const merging = req.context.mergingFrom
  const others = stored.filter(
    (other) => merging === undefined || String(other.id) !== String(merging),
  )
  const clashes = spellingClashes(skill, others)
  if (clashes.length > 0) throw publicError(clashes.join(' '), 400)
  return data
}
