import { keysOf, skillKey, skillTerms } from './names'

/** A skill as the free texts named it: the first spelling met is its name, the others synonyms. */
export type MergedSkill = { key: string; name: string; synonyms: string[] }

/**
 * The skills a set of free texts names, spellings of one skill merged (see skillKey), in the order
 * first met, with a report line for each skill that more than one spelling named.
 */
export function mergeSkillTexts(texts: readonly (string | null | undefined)[]): {
  skills: MergedSkill[]
  merged: string[]
} {
  const byKey = new Map<string, MergedSkill>()
  for (const term of texts.flatMap(skillTerms)) {
    const key = skillKey(term)
    const skill = byKey.get(key)
    if (!skill) byKey.set(key, { key, name: term, synonyms: [] })
    else if (term !== skill.name && !skill.synonyms.includes(term)) skill.synonyms.push(term)
  }
  const skills = [...byKey.values()]
  const merged = skills
    .filter((skill) => skill.synonyms.length > 0)
    .map((skill) => `${skill.name} ← ${skill.synonyms.map((s) => `"${s}"`).join(', ')}`)
  return { skills, merged }
}

/** A skill as stored: its id and the spellings it answers to. */
export type NamedSkill = { id: number | string; name: string; synonyms?: readonly string[] | null }

/**
 * The stored skill each spelling names, or null. Every key of every skill points at its skill, so
 * "K8s" finds Kubernetes whether K8s is a known alias or a synonym an editor added.
 */
export function skillFinder(skills: readonly NamedSkill[]) {
  const byKey = new Map<string, NamedSkill>()
  for (const skill of skills) for (const key of keysOf(skill)) byKey.set(key, skill)
  return (text: string) => byKey.get(skillKey(text)) ?? null
}

/**
 * Where a skill's spellings collide with another skill's: one message per collision, for the
 * editor who typed it (two skills answering to one key would make it name either).
 */
export function spellingClashes(
  skill: { id?: number | string | null; name: string; synonyms?: readonly string[] | null },
  others: readonly NamedSkill[],
): string[] {
  const mine = new Set(keysOf(skill))
  return others
    .filter((other) => String(other.id) !== String(skill.id ?? ''))
    .flatMap((other) =>
      keysOf(other)
        .filter((key) => mine.has(key))
        .map(() => `"${other.name}" already answers to this spelling; merge the two instead.`),
    )
    .filter((message, i, all) => all.indexOf(message) === i)
}
