import type { CollectionBeforeChangeHook } from 'payload'

/** The first publish dates the article, unless the editor set a date themself. */
export const stampPublishedAt: CollectionBeforeChangeHook = ({ data }) => {
  if (data._status === 'published' && !data.publishedAt)
    return { ...data, publishedAt: new Date().toISOString() }
  return data
}
