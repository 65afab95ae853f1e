import type { Payload, PayloadRequest } from 'payload'

import { mergeSkillTexts } from '@/lib/skills/merge'
import { MAX_SKILL_NAME, skillKey, skillTerms } from '@/lib/skills/names'

/**
 * Moving careers from free-text skills to skill documents (migration career_graph, SQLite and
 * Postgres): the old text is read before the schema drops it, each spelling becomes a skill —
 * spellings of one skill merged (lib/skills/names.ts) — and every career, live and in every saved
 * version, points at its skills in the order its text named them.
 */

type Row = Record<string, unknown>

/** Plain SQL the migration runs on its own connection and transaction. */
export type SqlRunner = {
  all: (query: string) => Promise<Row[]>
  run: (query: string) => Promise<void>
}

/** One list of skill texts, where the new relationship stores it (a rels table, a parent, a path). */
type SkillList = { rels: string; parent: number; path: string; texts: string[] }

/** The live careers, and every saved version (whose fields Payload keeps under `version.`). */
const TABLES = [
  { core: 'roles_core_skills', stages: 'roles_roadmap', rels: 'roles_rels', prefix: '' },
  {
    core: '_roles_v_version_core_skills',
    stages: '_roles_v_version_roadmap',
    rels: '_roles_v_rels',
    prefix: 'version.',
  },
]

/** Every career's and version's skill texts, read while the old columns still exist. */
export async function readSkillTexts(db: SqlRunner): Promise<SkillList[]> {
  const lists: SkillList[] = []
  for (const { core, stages, rels, prefix } of TABLES) {
    const coreRows = await db.all(
      `SELECT _parent_id AS parent, skill AS text FROM ${core} ORDER BY _parent_id, _order`,
    )
    const byParent = new Map<number, string[]>()
    for (const row of coreRows) {
      const parent = Number(row.parent)
      byParent.set(parent, [...(byParent.get(parent) ?? []), String(row.text ?? '')])
    }
    for (const [parent, texts] of byParent)
      lists.push({ rels, parent, path: `${prefix}skills`, texts })

    const stageRows = await db.all(
      `SELECT _parent_id AS parent, skills AS text FROM ${stages} ORDER BY _parent_id, _order`,
    )
    const index = new Map<number, number>()
    for (const row of stageRows) {
      const parent = Number(row.parent)
      const i = index.get(parent) ?? 0
      index.set(parent, i + 1)
      lists.push({
        rels,
        parent,
        path: `${prefix}roadmap.${i}.skills`,
        texts: [String(row.text ?? '')],
      })
    }
  }
  return lists
}

/** A name that fits the field and no other skill has: cut with an ellipsis, numbered if need be. */
function uniqueName(name: string, taken: Set<string>): string {
  const fit = (text: string, room: number) =>
    text.length <= room ? text : `${text.slice(0, room - 1).trimEnd()}…`
  let candidate = fit(name, MAX_SKILL_NAME)
  for (let n = 2; taken.has(candidate.toLowerCase()); n += 1)
    candidate = `${fit(name, MAX_SKILL_NAME - ` (${n})`.length)} (${n})`
  taken.add(candidate.toLowerCase())
  return candidate
}

/**
 * Creates one skill per merged spelling and links every list to its skills; returns the report
 * the migration logs: how many skills from how many spellings, and each merge.
 */
export async function writeSkills(
  db: SqlRunner,
  payload: Payload,
  req: PayloadRequest,
  lists: SkillList[],
): Promise<string> {
  const { skills, merged } = mergeSkillTexts(lists.flatMap((list) => list.texts))
  // Each merged skill's id by its key: a name cut to fit is still found by the text it came from.
  const idByKey = new Map<string, number | string>()
  const names = new Set<string>()
  for (const skill of skills) {
    const name = uniqueName(skill.name, names)
    const created = await payload.create({
      collection: 'skills',
      data: {
        name,
        synonyms: skill.synonyms.filter((s) => s.length <= MAX_SKILL_NAME),
        ...(name !== skill.name && { description: `Named in full: ${skill.name}`.slice(0, 300) }),
      },
      req,
    })
    idByKey.set(skill.key, created.id)
  }
  for (const list of lists) {
    const ids = [
      ...new Set(
        list.texts.flatMap(skillTerms).flatMap((term) => idByKey.get(skillKey(term)) ?? []),
      ),
    ]
    for (const [i, id] of ids.entries()) {
      await db.run(
        `INSERT INTO ${list.rels} ("order", parent_id, path, skills_id) VALUES (${i + 1}, ${list.parent}, '${list.path}', ${Number(id)})`,
      )
    }
  }
  const spellings = new Set(lists.flatMap((list) => list.texts.flatMap(skillTerms))).size
  return [
    `Skills from free text: ${skills.length} skills from ${spellings} spellings in ${lists.length} lists.`,
    ...merged.map((line) => `  merged: ${line}`),
  ].join('\n')
}
