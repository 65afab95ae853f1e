import type { Skill } from '@/payload-types'

import { relationIds } from '../platform/ids'

/** A skill as a career holds it: an id (as stored) or the skill itself (once names are filled in). */
export type SkillRef = number | string | Pick<Skill, 'id' | 'name'> | null | undefined

/** The skill a career shows: its id as a string (one key across adapters) and its name. */
export type ShownSkill = { id: string; name: string }

/** Every skill id a list names, as strings, each once, in order. */
export const skillIds = (refs: readonly SkillRef[] | null | undefined): string[] =>
  relationIds(refs)

/** The named skills of a list, each once, in order; ids whose skill is gone are left out. */
export function shownSkills(refs: readonly SkillRef[] | null | undefined): ShownSkill[] {
  const seen = new Set<string>()
  return (refs ?? []).flatMap((ref) => {
    if (!ref || typeof ref !== 'object' || seen.has(String(ref.id))) return []
    seen.add(String(ref.id))
    return [{ id: String(ref.id), name: ref.name }]
  })
}

export const skillNames = (refs: readonly SkillRef[] | null | undefined): string[] =>
  shownSkills(refs).map((skill) => skill.name)

/** A career's skill lists, as the graph and the pages read them. */
export type CareerSkills = {
  skills?: readonly SkillRef[] | null
  roadmap?: readonly { skills?: readonly SkillRef[] | null }[] | null
}

/** Every skill id a career names: its core skills, then each stage's, each once. */
export const careerSkillIds = (career: CareerSkills): string[] => [
  ...new Set([
    ...skillIds(career.skills),
    ...(career.roadmap ?? []).flatMap((stage) => skillIds(stage.skills)),
  ]),
]

/**
 * The career with each skill id replaced by the skill itself, from `skills` (a lookup by id); ids
 * without a skill are dropped. Pages read careers at depth 0 and fill names from one cached list.
 */
export function withSkills<T extends CareerSkills>(
  career: T,
  skills: ReadonlyMap<string, Pick<Skill, 'id' | 'name'>>,
): T {
  const fill = (refs: readonly SkillRef[] | null | undefined) =>
    skillIds(refs).flatMap((id) => skills.get(id) ?? [])
  return {
    ...career,
    skills: fill(career.skills),
    roadmap: career.roadmap?.map((stage) => ({ ...stage, skills: fill(stage.skills) })),
  }
}
