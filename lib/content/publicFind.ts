import type { CollectionSlug, FindOptions, Payload, SelectType, TypedCollectionSelect, Where } from 'payload'

type SelectFromCollectionSlug<TSlug extends CollectionSlug> = TypedCollectionSelect[TSlug] & SelectType

/** Collections with drafts: readers see their published documents only. */
const VERSIONED = new Set<CollectionSlug>(['roles', 'salary-tables', 'articles'])

type PublicFindOptions<TSlug extends CollectionSlug, TSelect extends SelectFromCollectionSlug<TSlug>> = Omit<
  FindOptions<TSlug, TSelect>,
  'overrideAccess' | 'draft' | 'user' | 'req' | 'showHiddenFields' | 'disableErrors'
>

/**
 * The one way public pages read content: as an anonymous reader (collection access applies, and
 * with it the published-only rule) and, for versioned collections, with the published filter spelled
 * out as well, so that a change to access control alone can never put a draft on a public page.
 */
export function publicFind<TSlug extends CollectionSlug, TSelect extends SelectFromCollectionSlug<TSlug>>(
  payload: Payload,
  options: PublicFindOptions<TSlug, TSelect>,
) {
  const where: Where | undefined = VERSIONED.has(options.collection)
    ? { and: [{ _status: { equals: 'published' } }, ...(options.where ? [options.where] : [])] }
    : options.where
  return payload.find<TSlug, TSelect, false>({
    ...options,
    where,
    draft: false,
    overrideAccess: false,
    user: null,
  } as FindOptions<TSlug, TSelect> & { draft: false })
}
