/**
 * The career graph: which careers share skills, and what it takes to move from one to another.
 * Pure functions over a small summary of every published career (lib/content/careerGraph.ts reads
 * it), so the rules below are the whole story and unit-tested (tests/unit/careerGraph.test.ts).
 *
 * Rules, as readers are told them on the moves page:
 * - A skill weighs 2 in a career that names it among its core skills, 1 when only its roadmap
 *   teaches it.
 * - Two careers' "skills in common" is the weighted overlap: for each skill both name, the smaller
 *   of its two weights, over, for each skill either names, the larger (weighted Jaccard).
 * - The effort of a move is the hours of the destination's roadmap still to do: each stage's hours
 *   (the sum of its resources' hours) times the share of its skills the reader lacks. A stage that
 *   names no skills counts whole.
 */

export type GraphStage = { name: string; skills: string[]; hours: number }

export type GraphCareer = {
  id: string
  slug: string
  title: string
  /** Core skills, most important first. */
  skills: string[]
  stages: GraphStage[]
  /** Careers an editor pinned as related, in their order, and those they ruled out. */
  pinned: string[]
  excluded: string[]
}

export const CORE_WEIGHT = 2
export const ROADMAP_WEIGHT = 1

/** Each skill a career names, with its weight. */
export function skillWeights(career: GraphCareer): Map<string, number> {
  const weights = new Map<string, number>()
  for (const stage of career.stages)
    for (const skill of stage.skills) weights.set(skill, ROADMAP_WEIGHT)
  for (const skill of career.skills) weights.set(skill, CORE_WEIGHT)
  return weights
}

/** The weighted share of skills two careers have in common, from 0 to 1. */
export function sharedShare(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>) {
  let common = 0
  let either = 0
  for (const [skill, weight] of a) {
    const other = b.get(skill) ?? 0
    common += Math.min(weight, other)
    either += Math.max(weight, other)
  }
  for (const [skill, weight] of b) if (!a.has(skill)) either += weight
  return either === 0 ? 0 : common / either
}

export const percent = (share: number) => Math.round(share * 100)

export type Related = { id: string; shared: number; pinned: boolean }

/** How many related careers a profile shows. */
export const RELATED_LIMIT = 6

/**
 * A career's related careers: the editor's pins first (in their order), then the careers sharing
 * the most skills, never one the editor ruled out, never one sharing none.
 */
export function relatedCareers(
  graph: readonly GraphCareer[],
  id: string,
  limit = RELATED_LIMIT,
): Related[] {
  const byId = new Map(graph.map((career) => [career.id, career]))
  const origin = byId.get(id)
  if (!origin) return []
  const weights = skillWeights(origin)
  const shareWith = (other: GraphCareer) => percent(sharedShare(weights, skillWeights(other)))
  const ruledOut = new Set([id, ...origin.excluded])
  const pinned = origin.pinned
    .filter((pin) => byId.has(pin) && !ruledOut.has(pin))
    .map((pin) => ({ id: pin, shared: shareWith(byId.get(pin)!), pinned: true }))
  const taken = new Set([...ruledOut, ...pinned.map((r) => r.id)])
  const computed = graph
    .filter((other) => !taken.has(other.id))
    .map((other) => ({ id: other.id, title: other.title, shared: shareWith(other), pinned: false }))
    .filter((r) => r.shared > 0)
    .sort((a, b) => b.shared - a.shared || a.title.localeCompare(b.title))
    .map(({ title: _title, ...related }) => related)
  return [...pinned, ...computed].slice(0, limit)
}

export type MissingStage = { stage: string; skills: string[]; hours: number }

export type Move = {
  id: string
  shared: number
  /** The destination's skills the reader has, in its order (core skills, then its roadmap's). */
  have: string[]
  /** What is left, stage by stage in the destination's roadmap order; stages already done left out. */
  missing: MissingStage[]
  /** Core skills of the destination its roadmap does not teach, missing too (no hours known). */
  missingElsewhere: string[]
  /** Hours of the destination's roadmap still to do. */
  hours: number
}

/** Careers whose skills a reader of `id` already has part of, with what is left to learn. */
export function movesFrom(graph: readonly GraphCareer[], id: string): Move[] {
  const origin = graph.find((career) => career.id === id)
  if (!origin) return []
  const known = skillWeights(origin)
  const ruledOut = new Set([id, ...origin.excluded])
  return graph.flatMap((destination) => {
    if (ruledOut.has(destination.id)) return []
    const weights = skillWeights(destination)
    const shared = percent(sharedShare(known, weights))
    if (shared === 0 && !origin.pinned.includes(destination.id)) return []
    const taught = new Set(destination.stages.flatMap((stage) => stage.skills))
    const missing = destination.stages.flatMap((stage) => {
      const lacking = stage.skills.filter((skill) => !known.has(skill))
      const share = stage.skills.length === 0 ? 1 : lacking.length / stage.skills.length
      const hours = stage.hours * share
      return share > 0 ? [{ stage: stage.name, skills: lacking, hours }] : []
    })
    return [
      {
        id: destination.id,
        shared,
        have: [...weights.keys()]
          .sort((a, b) => (weights.get(b) ?? 0) - (weights.get(a) ?? 0))
          .filter((skill) => known.has(skill)),
        missing,
        missingElsewhere: destination.skills.filter((s) => !known.has(s) && !taught.has(s)),
        hours: missing.reduce((sum, stage) => sum + stage.hours, 0),
      },
    ]
  })
}

/** The reader's pace, in hours a week: the choices the moves page offers, and its default. */
export const PACES = [4, 8, 12, 20, 40] as const
export const DEFAULT_PACE = 8

/** The pace a query string asks for, when it is one of PACES; otherwise the default. */
export function paceFrom(value: unknown): number {
  const pace = Number(Array.isArray(value) ? value[0] : value)
  return (PACES as readonly number[]).includes(pace) ? pace : DEFAULT_PACE
}

/** Whole weeks at a pace; a move with nothing left takes none. */
export const weeksAt = (hours: number, pace: number) => (hours <= 0 ? 0 : Math.ceil(hours / pace))

/**
 * Moves best first: the most skills in common, then the larger pay rise (where both careers have
 * pay data), then the fewer hours.
 */
export function rankMoves<T extends Move>(moves: T[], payChange: (move: T) => number | null): T[] {
  return [...moves].sort(
    (a, b) =>
      b.shared - a.shared ||
      (payChange(b) ?? -Infinity) - (payChange(a) ?? -Infinity) ||
      a.hours - b.hours,
  )
}
