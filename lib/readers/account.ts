import type { Payload } from 'payload'

import { relationId, toDocId } from '../platform/ids'
import { exportNotes, noteRows } from './notes'
import { pageChanges, type PageFacts } from './pageChanges'
import { currentPageFacts } from './pageFacts'
import { type StageTally, tallyStages } from './progress'
import { pageKey, type PageSummary, publishedPages } from './publishedPages'
import { asSystem, ownedBy, progressMap, saveRows, stageRows, withTargets } from './records'
import { CLEARED_STAGE, type StageStatus } from './vocabulary'

/** A reader's account as a whole: the /account overview, the export, and erasure. */

/** `changes`: what changed since the reader last opened the page (empty when nothing did). */
export type SavedPage = PageSummary & { savedAt: string; note: string | null; changes: string[] }
export type CareerProgress = StageTally & {
  roleId: string
  title: string
  path: string
  stages: { id: string; stage: string; status: StageStatus | null }[]
}

/** The /account overview: saved pages and progress per role, for the pages that are still public. */
export async function accountOverview(payload: Payload, reader: string) {
  const readerId = toDocId(payload, reader)
  const [saves, progress, notes] = await Promise.all([
    saveRows(payload, readerId),
    stageRows(payload, readerId),
    noteRows(payload, readerId),
  ])
  const pageNote = new Map(
    withTargets(notes.filter((n) => !n.stage)).map((n) => [
      pageKey(n.target.collection, n.target.id),
      n.text,
    ]),
  )
  const targets = saves.map((b) => ({
    ...b.target,
    savedAt: b.createdAt,
    seen: b.seenFacts as PageFacts | null | undefined,
  }))
  const started = progress.filter((p) => p.status !== CLEARED_STAGE)
  const progressRoles = [...new Set(started.map((p) => relationId(p.role) ?? ''))]
  const [{ pages, roadmaps }, facts] = await Promise.all([
    publishedPages(payload, targets, progressRoles),
    currentPageFacts(payload, targets),
  ])
  const saved: SavedPage[] = targets.flatMap((t) => {
    const key = pageKey(t.collection, t.id)
    const page = pages.get(key)
    const now = facts.get(key)
    return page
      ? [
          {
            ...page,
            savedAt: t.savedAt,
            note: pageNote.get(key) ?? null,
            changes: now ? pageChanges(t.seen, now) : [],
          },
        ]
      : []
  })
  const roles: CareerProgress[] = progressRoles.flatMap((roleId) => {
    const roadmap = roadmaps.get(roleId)
    if (!roadmap) return []
    const statuses = progressMap(started.filter((p) => relationId(p.role) === roleId))
    const stages = roadmap.stages.map((s) => ({ ...s, status: statuses[s.id] ?? null }))
    return [
      {
        roleId,
        title: roadmap.title,
        path: roadmap.path,
        stages,
        ...tallyStages(stages.map((s) => s.status)),
      },
    ]
  })
  return { saved, roles, hiddenSaves: targets.length - saved.length }
}

/** Everything stored about a reader, as they may download it. */
export async function exportReaderData(payload: Payload, reader: string) {
  const readerId = toDocId(payload, reader)
  const [profile, accounts, saves, progress, reports, notes] = await Promise.all([
    payload.findByID({ collection: 'readers', id: readerId, ...asSystem }),
    payload.find({
      collection: 'reader-accounts',
      where: ownedBy(readerId),
      pagination: false,
      ...asSystem,
    }),
    saveRows(payload, readerId),
    stageRows(payload, readerId),
    payload.find({
      collection: 'salary-reports',
      where: ownedBy(readerId),
      pagination: false,
      ...asSystem,
    }),
    exportNotes(payload, readerId),
  ])
  return {
    exportedAt: new Date().toISOString(),
    account: {
      email: profile.email ?? null,
      name: profile.name ?? null,
      emailVerified: profile.emailVerified ?? null,
      createdAt: profile.createdAt,
      theme: profile.theme ?? 'system',
      weeklyDigest: Boolean(profile.weeklyDigest),
    },
    signInMethods: accounts.docs.map((a) => ({ provider: a.provider, linkedAt: a.createdAt })),
    savedPages: saves.map((b) => ({
      ...b.target,
      savedAt: b.createdAt,
      lastOpenedAt: b.seenAt ?? null,
    })),
    roadmapProgress: progress.map((p) => ({
      role: relationId(p.role),
      stage: p.stage,
      status: p.status,
      updatedAt: p.updatedAt,
    })),
    notes,
    salaryReports: reports.docs.map((r) => ({
      career: relationId(r.role),
      level: r.level,
      yearsOfExperience: r.yearsOfExperience ?? null,
      year: r.year,
      city: r.city,
      companyType: r.companyType,
      ctc: r.ctc,
      fixed: r.fixed,
      variable: r.variable,
      stock: r.stock,
      monthlyInHand: r.monthlyInHand ?? null,
      status: r.status,
      rejectionReason: r.rejectionReason ?? null,
      sentAt: r.createdAt,
      updatedAt: r.updatedAt,
    })),
  }
}

/** Deletes the reader and, through the readers collection's hook, everything they saved and their sessions. */
export async function deleteReaderAccount(payload: Payload, reader: string): Promise<void> {
  await payload.delete({ collection: 'readers', id: toDocId(payload, reader), ...asSystem })
}
