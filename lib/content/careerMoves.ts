import type { Role } from '@/payload-types'

import { pairPath } from '../comparisons/pairs'
import { type PayChange, payChange } from '../salaries/careerPay'
import { type Move, movesFrom, rankMoves } from '../skills/graph'
import { readCareerGraph } from './careerGraph'
import { type CareerLink, findCareerBySlug, findCareerLinks } from './careers'
import { composedRead } from './read'
import { listCareerPay } from './salaries'
import { listSkills } from './skills'

/** How many moves a page lists: the best, not every career sharing one skill. */
export const MOVES_LIMIT = 12

export type MoveView = {
  career: CareerLink
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

/**
 * `/careers/<slug>/moves`: the careers a reader of this one can reach, best first, each with the
 * skills they have, those left in the destination's roadmap order, and the hours it takes. Null for
 * a career readers cannot see.
 */
export const getCareerMoves = composedRead(
  async (read, slug: string): Promise<CareerMoves | null> => {
    const role = await read(findCareerBySlug, slug)
    if (!role?.slug) return null
    const id = String(role.id)
    const [graph, pay, skills] = await Promise.all([
      read(readCareerGraph),
      read(listCareerPay),
      read(listSkills),
    ])
    const payOf = (move: Move) => payChange(pay[id], pay[move.id])?.percent ?? null
    const best = rankMoves(movesFrom(graph, id), payOf).slice(0, MOVES_LIMIT)
    const links = new Map(
      (
        await read(
          findCareerLinks,
          best.map((move) => move.id),
        )
      ).map((l) => [String(l.id), l]),
    )
    const names = new Map(skills.map((skill) => [String(skill.id), skill.name]))
    const named = (ids: string[]) => ids.flatMap((skill) => names.get(skill) ?? [])
    const moves = best.flatMap((move) => {
      const career = links.get(move.id)
      if (!career?.slug) return []
      return [
        {
          career,
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
    return { role, moves }
  },
)
