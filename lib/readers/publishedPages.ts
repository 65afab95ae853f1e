import type { Payload } from 'payload'

import { publicFind } from '../content/publicFind'
import { publicPath } from '../paths'
import type { SaveableCollection } from './vocabulary'

/** A public page as a reader's list shows it. */
export type PageSummary = {
  collection: SaveableCollection
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
export const pageKey = (collection: SaveableCollection, id: string | number) =>
  `${collection}:${id}`

/**
 * The published pages among these ids, read as an anonymous visitor: a reader's saves and progress
 * may point at a page that has since been unpublished, and its title must not show then either.
 */
export async function publishedPages(
  payload: Payload,
  ids: { roles: string[]; articles: string[] },
) {
  const [roles, articles] = await Promise.all([
    ids.roles.length
      ? publicFind(anonymous(payload), {
          collection: 'roles',
          where: { id: { in: ids.roles } },
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
  for (const role of roles?.docs ?? []) {
    const path = publicPath('roles', role)
    if (!path) continue
    pages.set(pageKey('roles', role.id), {
      collection: 'roles',
      id: String(role.id),
      title: role.title,
      path,
    })
    const stages = (role.roadmap ?? []).flatMap((s) => (s.id ? [{ id: s.id, stage: s.stage }] : []))
    roadmaps.set(String(role.id), { id: String(role.id), title: role.title, path, stages })
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
  return { pages, roadmaps }
}

/** Whether a reader may save this page (it is public), and for a profile its roadmap's stage ids. */
export async function publishedPage(payload: Payload, collection: SaveableCollection, id: string) {
  const { pages, roadmaps } = await publishedPages(payload, {
    roles: collection === 'roles' ? [id] : [],
    articles: collection === 'articles' ? [id] : [],
  })
  return { page: pages.get(pageKey(collection, id)) ?? null, roadmap: roadmaps.get(id) ?? null }
}
