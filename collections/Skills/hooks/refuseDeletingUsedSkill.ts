import type { CollectionBeforeDeleteHook } from 'payload'

import { publicError } from '../../errors'
import { namingSkill } from '../naming'

/** Deleting a skill would silently drop it from every career naming it: refused while any does. */
export const refuseDeletingUsedSkill: CollectionBeforeDeleteHook = async ({ id, req }) => {
  // The live careers and the latest drafts: a draft naming the skill would lose it on publishing.
  const found = await Promise.all(
    [false, true].map((draft) =>
      req.payload.find({
        collection: 'roles',
        where: namingSkill(id),
        select: { title: true },
        depth: 0,
        pagination: false,
        draft,
        req,
      }),
    ),
  )
  const titles = [...new Set(found.flatMap(({ docs }) => docs.map((d) => `"${d.title}"`)))]
  if (titles.length === 0) return
  throw publicError(
    `${titles.length === 1 ? 'A career names' : `${titles.length} careers name`} this skill: ${titles.slice(0, 5).join(', ')}. Take it off them first.`,
    400,
  )
}
