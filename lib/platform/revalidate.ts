import { revalidateTag } from 'next/cache'

import { relationValue } from './ids'

/**
 * Cache tags name what a cached read shows, so a change expires exactly the pages that show it:
 * a salary band edited once refreshes its profile, the comparisons of that career and the lists
 * that show it — and nothing else. Documents are tagged by id (or by slug, for the read that finds
 * a page by its address); lists carry one tag per list. Authors and media, which change rarely and
 * appear inside articles, keep one tag each.
 */
export const cacheTags = {
  role: (id: Id) => `role:${id}`,
  roleSlug: (slug: string) => `role-slug:${slug}`,
  salariesOf: (roleId: Id) => `salaries-of:${roleId}`,
  comparisonsOf: (roleId: Id) => `comparisons-of:${roleId}`,
  article: (id: Id) => `article:${id}`,
  articleSlug: (slug: string) => `article-slug:${slug}`,
  roleList: 'list:roles',
  /** Only careers' names and addresses (the pickers' suggestions, the explorer): changes when one is renamed, added or removed. */
  roleNames: 'list:role-names',
  articleList: 'list:articles',
  salaryList: 'list:salaries',
  /** Figures from readers' approved salary reports for one career, and for the explorer. */
  readerReportsOf: (roleId: Id) => `reader-reports-of:${roleId}`,
  readerReportList: 'list:reader-reports',
  authors: 'authors',
  media: 'media',
  /** Every skill's name: shown on every profile and moves page. */
  skills: 'skills',
  /** Which careers share skills: every related list and moves page. */
  careerGraph: 'career-graph',
  redirects: 'redirects',
} as const

type Id = number | string

export type TaggedCollection =
  'roles' | 'salary-tables' | 'articles' | 'authors' | 'media' | 'redirects' | 'skills'

type Related = Id | { id: Id } | null | undefined

/** The fields of a changed document that decide which pages showed it. */
export type ChangedDoc =
  | {
      id?: Id
      _status?: 'draft' | 'published' | null
      slug?: string | null
      title?: string | null
      role?: Related
      comparedRoles?: Related[] | null
      /** A career's part in the career graph (lib/skills/graph.ts). */
      skills?: Related[] | null
      roadmap?:
        | {
            stage?: string | null
            skills?: Related[] | null
            resources?: { hours?: number | null }[] | null
          }[]
        | null
      relatedRoles?: Related[] | null
      excludedRoles?: Related[] | null
    }
  | null
  | undefined

/** What a career adds to the graph: its name, skills, stages (names, skills, hours) and pins. */
const graphPart = (doc: ChangedDoc) =>
  JSON.stringify([
    doc?.title,
    doc?.slug,
    (doc?.skills ?? []).map(relationValue),
    (doc?.roadmap ?? []).map((stage) => [
      stage.stage,
      (stage.skills ?? []).map(relationValue),
      (stage.resources ?? []).map((resource) => resource.hours),
    ]),
    (doc?.relatedRoles ?? []).map(relationValue),
    (doc?.excludedRoles ?? []).map(relationValue),
  ])

const unique = (tags: (string | null | undefined | false)[]): string[] => [
  ...new Set(tags.filter((tag): tag is string => Boolean(tag))),
]

/**
 * The tags a change touches: those of the document as readers saw it before and as they see it
 * after. None when no reader could have seen it either time (a draft of a never-published document).
 */
export function tagsForChange(
  collection: TaggedCollection,
  doc: ChangedDoc,
  previousDoc?: ChangedDoc,
): string[] {
  const versioned =
    collection === 'roles' || collection === 'salary-tables' || collection === 'articles'
  const visibleBefore = !versioned || previousDoc?._status === 'published'
  const visibleAfter = !versioned || doc?._status === 'published'
  if (!visibleBefore && !visibleAfter) return []
  const sides = [visibleBefore ? previousDoc : null, visibleAfter ? doc : null].filter(Boolean)
  const visibilityChanged = visibleBefore !== visibleAfter
  switch (collection) {
    case 'roles':
      return unique([
        cacheTags.roleList,
        ...sides.flatMap((d) => [
          d?.id != null && cacheTags.role(d.id),
          d?.slug && cacheTags.roleSlug(d.slug),
        ]),
        // A comparison is listed only while both its careers are public.
        visibilityChanged && cacheTags.articleList,
        (visibilityChanged ||
          previousDoc?.title !== doc?.title ||
          previousDoc?.slug !== doc?.slug) &&
          cacheTags.roleNames,
        // Related lists and moves pages: only when what the graph reads of this career changed.
        (visibilityChanged || graphPart(previousDoc) !== graphPart(doc)) && cacheTags.careerGraph,
      ])
    case 'salary-tables':
      return unique([
        cacheTags.salaryList,
        ...sides.map((d) => {
          const role = relationValue(d?.role)
          return role != null && cacheTags.salariesOf(role)
        }),
      ])
    case 'articles':
      return unique([
        cacheTags.articleList,
        ...sides.flatMap((d) => [
          d?.id != null && cacheTags.article(d.id),
          d?.slug && cacheTags.articleSlug(d.slug),
          ...(d?.comparedRoles ?? []).map((role) => {
            const id = relationValue(role)
            return id != null && cacheTags.comparisonsOf(id)
          }),
        ]),
      ])
    case 'authors':
      return [cacheTags.authors]
    case 'media':
      return [cacheTags.media]
    case 'skills':
      return [cacheTags.skills]
    case 'redirects':
      return [cacheTags.redirects]
  }
}

/**
 * Expires tags at once (`expire: 0`), so the first reader after a publish gets the new content rather
 * than a stale copy. Outside a Next.js request (the seed script, tests) there is no cache to expire.
 */
export function expireTags(tags: readonly string[]): void {
  for (const tag of tags) {
    try {
      revalidateTag(tag, { expire: 0 })
    } catch (error) {
      if (isOutsideRequestError(error)) return
      throw error
    }
  }
}

/**
 * Next offers no public way to ask whether a request is in progress (its work store is private), and
 * revalidateTag throws without one. Its error text is matched here, in one place, so a Next upgrade
 * that rewords it fails loudly in the integration tests (they save content outside any request).
 */
function isOutsideRequestError(error: unknown): boolean {
  return (
    error instanceof Error &&
    /static generation store missing|incrementalCache missing/i.test(error.message)
  )
}
