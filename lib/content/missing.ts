import { permanentRedirect } from 'next/navigation'

import { listArticleCards } from './articles'
import { listCareerCards } from './careers'
import { findRedirect } from './redirects'

/**
 * For an address with no page: sends the reader on (308) when a rename or an editor left a
 * redirect; otherwise answers what the 404 page suggests instead (popular careers, comparisons).
 */
export async function missingPage(path: string) {
  const target = await findRedirect(path)
  if (target && target !== path) permanentRedirect(target)
  const [roles, comparisons] = await Promise.all([
    listCareerCards({ limit: 6 }),
    listArticleCards({ kind: 'comparison', limit: 4 }),
  ])
  return { roles, comparisons }
}

export type NotFoundSuggestions = Awaited<ReturnType<typeof missingPage>>
