import type { Role } from '@/payload-types'

import { pairPath } from '../comparisons/pairs'
import { movesPath, rolePath } from '../paths'
import { type PayChange, payChange } from '../salaries/careerPay'
import { type GraphCareer, type Move, movesFrom, rankMoves } from '../skills/graph'
import { isSlug } from '../slug'
import { readCareerGraph } from './careerGraph'
import { findCareerBySlug } from './careers'
import { composedRead } from './read'
import { findRedirect } from './redirects'
import { findCareerPay } from './salaries'
import { listSkills } from './skills'

/** How many moves a page lists: the best, not every career sharing one skill. */
export const MOVES_LIMIT = 12

export type MoveView = {
  career: Pick<GraphCareer, 'id' | 'slug' | 'title'>
  shared: number
  have: string[]
  missing: { stage: string; skills: string[]; hours: number }[]
  missingElsewhere: string[]
  hours: number
  pay: PayChange | null
  /** The pair comparison of the two careers. */
  comparePath: string
}

export type CareerMoves = { role: Role; moves: MoveView[] }

/** What `/careers/<slug>/moves` answers: the page, a renamed career's new address, or nothing. */
export type MovesAnswer = { moves: CareerMoves } | { redirect: string } | null

/**
 * `/careers/<slug>/moves`: the careers a reader of this one can reach, best first, each with the
 * skills they have, those left in the destination's roadmap order, and the hours it takes. Null for
 * a career readers cannot see.
 */
export const getCareerMoves = composedRead(async (read, slug: string): Promise<MovesAnswer> => {
  const role = await read(findCareerBySlug, slug)
  if (!role?.slug) {
    // A renamed career left a redirect from its profile: its moves moved with it.
    const target = await read(findRedirect, rolePath(slug))
    const renamed = target?.startsWith(rolePath('')) ? target.slice(rolePath('').length) : null
    return renamed && isSlug(renamed) && renamed !== slug ? { redirect: movesPath(renamed) } : null
  }
  const id = String(role.id)
  const [graph, skills] = await Promise.all([read(readCareerGraph), read(listSkills)])
  // Pay only breaks ties of skills in common: it is read for the careers that can make the list
  // (those sharing at least as much as the last listed), not for every one within reach.
  const reachable = movesFrom(graph, id).sort((a, b) => b.shared - a.shared)
  const cut = reachable[MOVES_LIMIT - 1]?.shared ?? 0
  const contenders = reachable.filter((move) => move.shared >= cut).slice(0, MOVES_LIMIT * 4)
  const pay = await read(findCareerPay, [id, ...contenders.map((move) => move.id)])
  const payOf = (move: Move) => payChange(pay[id], pay[move.id])?.percent ?? null
  const best = rankMoves(contenders, payOf).slice(0, MOVES_LIMIT)
  // Names and addresses from the graph itself: a destination's other edits touch no moves page.
  const links = new Map(graph.map((career) => [career.id, career]))
  const names = new Map(skills.map((skill) => [String(skill.id), skill.name]))
  const named = (ids: string[]) => ids.flatMap((skill) => names.get(skill) ?? [])
  const moves = best.flatMap((move) => {
    const career = links.get(move.id)
    if (!career?.slug) return []
    return [
      {
        career: { id: career.id, slug: career.slug, title: career.title },
        shared: move.shared,
        have: named(move.have),
        missing: move.missing.map((stage) => ({ ...stage, skills: named(stage.skills) })),
        missingElsewhere: named(move.missingElsewhere),
        hours: Math.round(move.hours),
        pay: payChange(pay[id], pay[move.id]),
        comparePath: pairPath(role.slug!, career.slug),
      },
    ]
  })
  return { moves: { role, moves } }
})
