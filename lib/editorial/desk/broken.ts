import { internalLinkRefs, parseLinkRef } from '@/lib/content/richTextLinks'
import { marketInfo } from '@/lib/markets'
import { adminDocPath } from '@/lib/paths'
import { relationId } from '@/lib/platform/ids'

import type { DeskItem, DeskViewer } from './types'

const LINKABLE = ['roles', 'articles'] as const

type PublishedArticle = {
  id: number | string
  title: string
  kind?: string | null
  market?: string | null
  updatedAt: string
  body?: unknown
  trajectory?: unknown
  closingTake?: unknown
  comparedRoles?: unknown[] | null
}

/**
 * Published articles readers would find broken: internal links to pages that are unpublished or
 * deleted (the page shows them as plain text), and comparisons with a career that has no published
 * salary table in the comparison's market (the pay rows are empty). A fixed number of reads.
 */
export async function brokenArticles({ payload, user }: DeskViewer): Promise<DeskItem[]> {
  const read = { depth: 0, pagination: false, overrideAccess: false, user } as const
  const { docs } = await payload.find({
    collection: 'articles',
    where: { _status: { equals: 'published' } },
    select: {
      title: true,
      kind: true,
      market: true,
      updatedAt: true,
      body: true,
      trajectory: true,
      closingTake: true,
      comparedRoles: true,
    },
    ...read,
  })
  const articles = docs as PublishedArticle[]
  const links = new Map(
    articles.map((a) => [a.id, internalLinkRefs(a.body, a.trajectory, a.closingTake)]),
  )
  const targets = new Set([...links.values()].flat())
  const live = new Set<string>()
  await Promise.all(
    LINKABLE.map(async (collection) => {
      const ids = [...targets]
        .map(parseLinkRef)
        .filter((ref) => ref.collection === collection)
        .map((ref) => ref.id)
      if (ids.length === 0) return
      const found = await payload.find({
        collection,
        where: { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] },
        select: { _status: true },
        ...read,
      })
      for (const doc of found.docs) live.add(`${collection}:${doc.id}`)
    }),
  )
  const comparedIds = [
    ...new Set(articles.flatMap((a) => (a.comparedRoles ?? []).map((r) => relationId(r) ?? ''))),
  ].filter(Boolean)
  const tables = comparedIds.length
    ? await payload.find({
        collection: 'salary-tables',
        where: { and: [{ role: { in: comparedIds } }, { _status: { equals: 'published' } }] },
        select: { role: true, market: true },
        ...read,
      })
    : { docs: [] }
  const withTable = new Set(tables.docs.map((t) => `${relationId(t.role)}:${t.market}`))
  const careerTitles = await careerTitlesById(payload, user, comparedIds)

  return articles.flatMap((article): DeskItem[] => {
    const problems: string[] = []
    const dead = (links.get(article.id) ?? []).filter(
      (ref) => LINKABLE.includes(parseLinkRef(ref).collection as never) && !live.has(ref),
    )
    if (dead.length) {
      problems.push(
        `${dead.length} link${dead.length === 1 ? '' : 's'} to unpublished or deleted pages`,
      )
    }
    if (article.kind === 'comparison') {
      const market = article.market ?? 'IN'
      const missing = (article.comparedRoles ?? [])
        .map((role) => relationId(role) ?? '')
        .filter((id) => !withTable.has(`${id}:${market}`))
      if (missing.length) {
        const names = missing.map((id) => careerTitles.get(id) ?? `career ${id}`).join(' and ')
        problems.push(`no ${marketInfo(market)?.label ?? market} salary table for ${names}`)
      }
    }
    if (problems.length === 0) return []
    return [
      {
        collection: 'articles',
        id: article.id,
        title: article.title,
        href: adminDocPath('articles', article.id),
        detail: `Article · ${problems.join('; ')}`,
        at: article.updatedAt,
      },
    ]
  })
}

async function careerTitlesById(
  payload: DeskViewer['payload'],
  user: DeskViewer['user'],
  ids: string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map()
  const { docs } = await payload.find({
    collection: 'roles',
    where: { id: { in: ids } },
    select: { title: true },
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user,
  })
  return new Map(docs.map((doc) => [String(doc.id), doc.title]))
}
