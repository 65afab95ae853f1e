import type { Payload } from 'payload'

import { pairPath } from '../comparisons/pairs'
import { publicFind } from '../content/publicFind'
import { publicPath } from '../paths'
import { pairCareers, type SavedTarget, targetIds } from './targets'
import type { SaveableKind } from './vocabulary'

/** A public page as a reader's list shows it. */
export type PageSummary = {
  collection: SaveableKind
  id: string
  title: string
  path: string
}
export type RoadmapSummary = {
  id: string
  title: string
  path: string
  stages: { id: string; stage: string }[]
}

const anonymous = (payload: Payload) => ({ payload })

/** How `publishedPages` keys its pages. */
export const pageKey = (collection: SaveableKind, id: string | number) => `${collection}:${id}`

/**
 * The published pages among these targets, read as an anonymous visitor: a reader's saves and
 * progress may point at a page that has since been unpublished, and its title must not show then
 * either. A generated comparison is public while both its careers are. `roadmaps` also covers the
 * careers in `progress` (the roles a reader has marked stages of). Two queries whatever the count.
 */
export async function publishedPages(
  payload: Payload,
  targets: SavedTarget[],
  progress: string[] = [],
) {
  const ids = targetIds(targets)
  const roleIds = [...new Set([...ids.roles, ...ids.pairCareers, ...progress])]
  const [roles, articles] = await Promise.all([
    roleIds.length
      ? publicFind(anonymous(payload), {
          collection: 'roles',
          where: { id: { in: roleIds } },
          select: { title: true, slug: true, roadmap: true },
          depth: 0,
          pagination: false,
        })
      : null,
    ids.articles.length
      ? publicFind(anonymous(payload), {
          collection: 'articles',
          where: { id: { in: ids.articles } },
          select: { title: true, slug: true, kind: true },
          depth: 0,
          pagination: false,
        })
      : null,
  ])
  const pages = new Map<string, PageSummary>()
  const roadmaps = new Map<string, RoadmapSummary>()
  const careers = new Map<string, { title: string; slug: string }>()
  for (const role of roles?.docs ?? []) {
    const path = publicPath('roles', role)
    if (!path) continue
    const id = String(role.id)
    if (role.slug) careers.set(id, { title: role.title, slug: role.slug })
    if (ids.roles.includes(id))
      pages.set(pageKey('roles', id), { collection: 'roles', id, title: role.title, path })
    const stages = (role.roadmap ?? []).flatMap((s) => (s.id ? [{ id: s.id, stage: s.stage }] : []))
    roadmaps.set(id, { id, title: role.title, path, stages })
  }
  for (const article of articles?.docs ?? []) {
    const path = publicPath('articles', article)
    if (path)
      pages.set(pageKey('articles', article.id), {
        collection: 'articles',
        id: String(article.id),
        title: article.title,
        path,
      })
  }
  for (const id of ids.pairs) {
    const [a, b] = (pairCareers(id) ?? []).map((career) => careers.get(career))
    if (!a || !b) continue
    // Named in the order of its address, as its page heads itself.
    const [first, second] = a.slug < b.slug ? [a, b] : [b, a]
    pages.set(pageKey('pairs', id), {
      collection: 'pairs',
      id,
      title: `${first.title} vs ${second.title}`,
      path: pairPath(first.slug, second.slug),
    })
  }
  return { pages, roadmaps }
}

/** Whether a reader may save this page (it is public), and for a profile its roadmap's stage ids. */
export async function publishedPage(payload: Payload, target: SavedTarget) {
  const { pages, roadmaps } = await publishedPages(payload, [target])
  return {
    page: pages.get(pageKey(target.collection, target.id)) ?? null,
    roadmap: target.collection === 'roles' ? (roadmaps.get(target.id) ?? null) : null,
  }
}
