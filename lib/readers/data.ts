import type { Payload } from 'payload'

import { pageKey, type PageSummary, publishedPage, publishedPages } from '../content/readerPages'
import type { SaveableCollection, StageStatus } from './collections'
import { relationId, toDocId } from './ids'
import { bookmarkKey } from './keys'
import { type StageTally, tallyStages } from './progress'

/**
 * Everything a reader keeps, read and written for one reader at a time. `readerId` always comes
 * from the reader's session (lib/auth/session.ts), never from the request, and every query below
 * filters on it: that filter is what keeps one reader out of another's data. These collections are
 * closed through Payload's access control (admins only), hence overrideAccess here and nowhere else.
 */

export type SavedTarget = { collection: SaveableCollection; id: string }
export type StageProgress = Record<string, StageStatus>

const local = { overrideAccess: true, depth: 0 } as const

const mine = (readerId: string | number) => ({ reader: { equals: readerId } })

export class ReaderDataError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 404,
  ) {
    super(message)
    this.name = 'ReaderDataError'
  }
}

async function stageRows(payload: Payload, readerId: string | number, roleId?: string | number) {
  const { docs } = await payload.find({
    collection: 'roadmap-progress',
    where:
      roleId === undefined
        ? mine(readerId)
        : { and: [mine(readerId), { role: { equals: roleId } }] },
    pagination: false,
    ...local,
  })
  return docs
}

async function bookmarkRows(payload: Payload, readerId: string | number, target?: SavedTarget) {
  // The unique key names reader and page: one indexed lookup.
  const where = target
    ? {
        and: [
          mine(readerId),
          {
            key: { equals: bookmarkKey(readerId, target.collection, toDocId(payload, target.id)) },
          },
        ],
      }
    : mine(readerId)
  const { docs } = await payload.find({
    collection: 'bookmarks',
    where,
    pagination: false,
    sort: '-createdAt',
    ...local,
  })
  return docs
}

const progressMap = (rows: { stage: string; status: StageStatus }[]): StageProgress =>
  Object.fromEntries(rows.map((r) => [r.stage, r.status]))

/** What a page's reader controls show: is this page saved, and (on a profile) the roadmap progress. */
export async function readerPageState(payload: Payload, reader: string, target: SavedTarget) {
  const readerId = toDocId(payload, reader)
  const [saved, progress] = await Promise.all([
    bookmarkRows(payload, readerId, target),
    target.collection === 'roles'
      ? stageRows(payload, readerId, toDocId(payload, target.id))
      : Promise.resolve([]),
  ])
  return { saved: saved.length > 0, progress: progressMap(progress) }
}

/** Saves a public page; saving it twice keeps one save. */
export async function savePage(
  payload: Payload,
  reader: string,
  target: SavedTarget,
): Promise<void> {
  const readerId = toDocId(payload, reader)
  const { page } = await publishedPage(payload, target.collection, target.id)
  if (!page) throw new ReaderDataError('That page does not exist or is not published.', 404)
  if ((await bookmarkRows(payload, readerId, target)).length) return
  try {
    await payload.create({
      collection: 'bookmarks',
      data: {
        reader: readerId,
        page: { relationTo: target.collection, value: toDocId(payload, target.id) },
      },
      ...local,
    })
  } catch (error) {
    // A concurrent save of the same page won the unique key: the page is saved, which is what was asked.
    if (!(await bookmarkRows(payload, readerId, target)).length) throw error
  }
}

export async function unsavePage(
  payload: Payload,
  reader: string,
  target: SavedTarget,
): Promise<void> {
  const readerId = toDocId(payload, reader)
  const rows = await bookmarkRows(payload, readerId, target)
  if (!rows.length) return
  await payload.delete({
    collection: 'bookmarks',
    where: { and: [mine(readerId), { id: { in: rows.map((r) => r.id) } }] },
    ...local,
  })
}

/** Sets one roadmap stage to in progress or done, or clears it (null). The stage must be on the published profile. */
export async function setStageStatus(
  payload: Payload,
  reader: string,
  roleId: string,
  stage: string,
  status: StageStatus | null,
) {
  const readerId = toDocId(payload, reader)
  const { roadmap } = await publishedPage(payload, 'roles', roleId)
  if (!roadmap)
    throw new ReaderDataError('That career profile does not exist or is not published.', 404)
  if (!roadmap.stages.some((s) => s.id === stage))
    throw new ReaderDataError('That stage is not on this career’s roadmap.', 400)
  const role = toDocId(payload, roleId)
  const existing = (await stageRows(payload, readerId, role)).find((row) => row.stage === stage)
  if (status === null) {
    if (existing)
      await payload.delete({
        collection: 'roadmap-progress',
        where: { and: [mine(readerId), { id: { equals: existing.id } }] },
        ...local,
      })
  } else if (existing) {
    await payload.update({
      collection: 'roadmap-progress',
      where: { and: [mine(readerId), { id: { equals: existing.id } }] },
      data: { status },
      ...local,
    })
  } else {
    await payload.create({
      collection: 'roadmap-progress',
      data: { reader: readerId, role, stage, status },
      ...local,
    })
  }
  return progressMap(await stageRows(payload, readerId, role))
}

export type SavedPage = PageSummary & { savedAt: string }
export type RoleProgress = StageTally & {
  roleId: string
  title: string
  path: string
  stages: { id: string; stage: string; status: StageStatus | null }[]
}

/** The /account overview: saved pages and progress per role, for the pages that are still public. */
export async function accountOverview(payload: Payload, reader: string) {
  const readerId = toDocId(payload, reader)
  const [bookmarks, progress] = await Promise.all([
    bookmarkRows(payload, readerId),
    stageRows(payload, readerId),
  ])
  const targets = bookmarks.map((b) => ({
    collection: b.page.relationTo,
    id: relationId(b.page) ?? '',
    savedAt: b.createdAt,
  }))
  const progressRoles = [...new Set(progress.map((p) => relationId(p.role) ?? ''))]
  const { pages, roadmaps } = await publishedPages(payload, {
    roles: [
      ...new Set([
        ...targets.filter((t) => t.collection === 'roles').map((t) => t.id),
        ...progressRoles,
      ]),
    ],
    articles: targets.filter((t) => t.collection === 'articles').map((t) => t.id),
  })
  const saved: SavedPage[] = targets.flatMap((t) => {
    const page = pages.get(pageKey(t.collection, t.id))
    return page ? [{ ...page, savedAt: t.savedAt }] : []
  })
  const roles: RoleProgress[] = progressRoles.flatMap((roleId) => {
    const roadmap = roadmaps.get(roleId)
    if (!roadmap) return []
    const statuses = progressMap(progress.filter((p) => relationId(p.role) === roleId))
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
  const [profile, accounts, bookmarks, progress] = await Promise.all([
    payload.findByID({ collection: 'readers', id: readerId, ...local }),
    payload.find({
      collection: 'reader-accounts',
      where: mine(readerId),
      pagination: false,
      ...local,
    }),
    bookmarkRows(payload, readerId),
    stageRows(payload, readerId),
  ])
  return {
    exportedAt: new Date().toISOString(),
    account: {
      email: profile.email ?? null,
      name: profile.name ?? null,
      emailVerified: profile.emailVerified ?? null,
      createdAt: profile.createdAt,
    },
    signInMethods: accounts.docs.map((a) => ({ provider: a.provider, linkedAt: a.createdAt })),
    savedPages: bookmarks.map((b) => ({
      collection: b.page.relationTo,
      id: relationId(b.page),
      savedAt: b.createdAt,
    })),
    roadmapProgress: progress.map((p) => ({
      role: relationId(p.role),
      stage: p.stage,
      status: p.status,
      updatedAt: p.updatedAt,
    })),
  }
}

/** Deletes the reader and, through the readers collection's hook, everything they saved and their sessions. */
export async function deleteReaderAccount(payload: Payload, reader: string): Promise<void> {
  await payload.delete({ collection: 'readers', id: toDocId(payload, reader), ...local })
}
