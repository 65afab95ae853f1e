/**
 * Demo skills (./skills.json): every skill the demo careers name, once, with the spellings it
 * answers to and where to learn it. Resources are official documentation and long-standing free
 * courses and books, chosen for being stable addresses; hours are what a learner new to the skill
 * spends on the resource, estimated from its length (a rounded editorial estimate, not a
 * measurement). Kept as data: tests/unit/skills.test.ts checks every entry against the schema's
 * choices and rules.
 */
import type { Role, Skill } from '@/payload-types'

import catalogue from './skills.json'

type Resource = NonNullable<NonNullable<Role['roadmap']>[number]['resources']>[number]
export type ResourceSeed = Omit<Resource, 'id'>

export type SkillSeed = Pick<Skill, 'name' | 'category'> & {
  synonyms?: string[]
  description?: string
  /** Where to learn it; a roadmap stage lists the resources of its skills. */
  learn: ResourceSeed[]
}

export const skillCatalogue = catalogue.skills as SkillSeed[]

/** A project for a stage, where building something is the way to learn it. */
export const stageProjects = catalogue.stageProjects as Record<string, ResourceSeed>
