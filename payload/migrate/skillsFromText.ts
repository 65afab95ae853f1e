import type { Payload, PayloadRequest } from 'payload'

import { mergeSkillTexts, skillFinder } from '@/lib/skills/merge'
import { skillTerms } from '@/lib/skills/names'

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

const TABLES = [
  { core: 'roles_core_skills', stages: 'roles_roadmap', rels: 'roles_rels' },
  { core: '_roles_v_version_core_skills', stages: '_roles_v_version_roadmap', rels: '_roles_v_rels' },
]

/** Every career's and version's skill texts, read while the old columns still exist. */
export async function readSkillTexts(db: SqlRunner): Promise<SkillList[]> {
  const lists: SkillList[] = []
  for (const { core, stages, rels } of TABLES) {
    const coreRows = await db.all(
      `SELECT _parent_id AS parent, skill AS text FROM ${core} ORDER BY _parent_id, _order`,
    )
    const byParent = new Map<number, string[]>()
    for (const row of coreRows) {
      const parent = Number(row.parent)
      byParent.set(parent, [...(byParent.get(parent) ?? []), String(row.text ?? '')])
    }
    for (const [parent, texts] of byParent) lists.push({ rels, parent, path: 'skills', texts })

    const stageRows = await db.all(
      `SELECT _parent_id AS parent, skills AS text FROM ${stages} ORDER BY _parent_id, _order`,
    )
    const index = new Map<number, number>()
    for (const row of stageRows) {
      const parent = Number(row.parent)
      const i = index.get(parent) ?? 0
      index.set(parent, i + 1)
      lists.push({ rels, parent, path: `roadmap.${i}.skills`, texts: [String(row.text ?? '')] })
    }
  }
  return lists
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
  const created = []
  for (const skill of skills) {
    created.push(
      await payload.create({
        collection: 'skills',
        data: { name: skill.name.slice(0, 60), synonyms: skill.synonyms.map((s) => s.slice(0, 60)) },
        req,
      }),
    )
  }
  const find = skillFinder(created)
  for (const list of lists) {
    const ids = [
      ...new Set(list.texts.flatMap(skillTerms).flatMap((term) => find(term)?.id ?? [])),
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
