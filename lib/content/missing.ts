import { permanentRedirect } from 'next/navigation'

import { getMostCompared } from './mostCompared'
import { composedRead } from './read'
import { findRedirect } from './redirects'

type Link = { id: number | string; title: string; slug?: string | null }

/** Where readers of a 404 usually go next: the most compared careers, the newest comparisons. */
export type NotFoundSuggestions = {
  roles: Link[]
  comparisons: (Link & { kind: 'comparison' | 'guide' })[]
}

/**
 * The 404's suggestions, only what the links need: the six careers editors compare most (as the
 * home page chooses them) and the four newest comparisons, from cached reads.
 */
export const notFoundSuggestions = composedRead(async (read): Promise<NotFoundSuggestions> => {
  const { careers, comparisons } = await read(getMostCompared)
  return {
    roles: careers.slice(0, 6).map(({ id, title, slug }) => ({ id, title, slug })),
    comparisons: comparisons
      .slice(0, 4)
      .map(({ id, title, slug, kind }) => ({ id, title, slug, kind })),
  }
})

/**
 * For an address with no page: sends the reader on (308) when a rename or an editor left a
 * redirect; otherwise answers what the 404 page suggests instead.
 */
export async function missingPage(path: string): Promise<NotFoundSuggestions> {
  const target = await findRedirect(path)
  if (target && target !== path) permanentRedirect(target)
  return notFoundSuggestions()
}
