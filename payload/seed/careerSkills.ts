import { type NamedSkill, skillFinder } from '@/lib/skills/merge'
import type { Role } from '@/payload-types'

import type { RoleSeed } from './demoContent'
import { type ResourceSeed, type SkillSeed, stageProjects } from './skills'

/**
 * A demo career's skills as stored: each name the seed content uses (or a spelling a skill answers
 * to) becomes that skill's id, and each roadmap stage gets the resources of its skills, each once,
 * and its project where one is listed. A name no skill answers to is a mistake in the demo content.
 */
export function careerWithSkills(
  role: RoleSeed,
  stored: readonly NamedSkill[],
  catalogue: readonly SkillSeed[],
): Pick<Role, 'skills' | 'roadmap'> {
  const find = skillFinder(stored)
  const idOf = (name: string) => {
    const skill = find(name)
    if (!skill) throw new Error(`Demo career "${role.slug}" names an unknown skill "${name}".`)
    return skill.id as number
  }
  const learnOf = skillFinder(catalogue.map((seed, i) => ({ ...seed, id: i })))
  const resourcesOf = (names: string[], stage: string): ResourceSeed[] => {
    const all = [
      ...names.flatMap((name) => catalogue[Number(learnOf(name)?.id)]?.learn ?? []),
      ...(stageProjects[stage] ? [stageProjects[stage]] : []),
    ]
    return all.filter((resource, i) => all.findIndex((r) => r.url === resource.url) === i)
  }
  return {
    skills: [...new Set(role.skills.map(idOf))],
    roadmap: role.roadmap.map((stage) => ({
      stage: stage.stage,
      description: stage.description,
      skills: [...new Set(stage.skills.map(idOf))],
      resources: resourcesOf(stage.skills, stage.stage),
    })),
  }
}
