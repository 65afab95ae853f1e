import type {
  CollectionSlug,
  FindOptions,
  Payload,
  SelectType,
  TypedCollectionSelect,
  Where,
} from 'payload'

import type { User } from '@/payload-types'

type SelectFromCollectionSlug<TSlug extends CollectionSlug> = TypedCollectionSelect[TSlug] &
  SelectType

/** What public pages may read at all; reader and staff data never goes through here. */
type PublicCollection =
  'roles' | 'skills' | 'salary-tables' | 'articles' | 'authors' | 'media' | 'search' | 'redirects'

/** Collections with drafts: readers see their published documents only. */
const VERSIONED = new Set<CollectionSlug>(['roles', 'salary-tables', 'articles'])

type PublicFindOptions<
  TSlug extends CollectionSlug,
  TSelect extends SelectFromCollectionSlug<TSlug>,
> = Omit<
  FindOptions<TSlug, TSelect>,
  'overrideAccess' | 'draft' | 'user' | 'req' | 'showHiddenFields' | 'disableErrors'
>

/**
 * Who is reading: an anonymous reader, or a member of staff previewing drafts in Next's draft mode
 * (the preview route has checked they are signed in). Previews read drafts with that user's access.
 */
export type ContentReader = { payload: Payload; previewUser?: User | null }

/**
 * The one way public pages read content: as an anonymous reader (collection access applies, and
 * with it the published-only rule) and, for versioned collections, with the published filter spelled
 * out as well, so that a change to access control alone can never put a draft on a public page.
 */
export function publicFind<
  TSlug extends PublicCollection,
  TSelect extends SelectFromCollectionSlug<TSlug>,
>({ payload, previewUser }: ContentReader, options: PublicFindOptions<TSlug, TSelect>) {
  if (previewUser) {
    // Typed as published documents: pages render drafts with the same components, which treat
    // every field a draft may still lack as optional.
    return payload.find<TSlug, TSelect, false>({
      joins: false,
      ...options,
      draft: true,
      overrideAccess: false,
      user: previewUser,
    } as unknown as FindOptions<TSlug, TSelect> & { draft: false })
  }
  const where: Where | undefined = VERSIONED.has(options.collection)
    ? { and: [{ _status: { equals: 'published' } }, ...(options.where ? [options.where] : [])] }
    : options.where
  return payload.find<TSlug, TSelect, false>({
    // The admin's "used in" panels are not shown on public pages: skip their queries.
    joins: false,
    ...options,
    where,
    draft: false,
    overrideAccess: false,
    user: null,
  } as FindOptions<TSlug, TSelect> & { draft: false })
}

/** Every document a public find matches, at depth 0 (relations as ids): the docs alone. */
export async function publicFindAll<
  TSlug extends PublicCollection,
  TSelect extends SelectFromCollectionSlug<TSlug>,
>(reader: ContentReader, options: Omit<PublicFindOptions<TSlug, TSelect>, 'depth' | 'pagination'>) {
  const { docs } = await publicFind<TSlug, TSelect>(reader, {
    ...options,
    depth: 0,
    pagination: false,
  } as PublicFindOptions<TSlug, TSelect>)
  return docs
}
