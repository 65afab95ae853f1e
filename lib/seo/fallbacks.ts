/**
 * What a page publishes for search engines and share previews when the editor leaves the SEO
 * fields empty, and what it publishes in all: the pages' metadata, the SEO plugin's "Auto-generate"
 * and the admin's SEO panel all come from here, so the panel grades exactly what the page sends.
 * Pure, so the admin's client components can run it as the editor types.
 */

export type SeoCollection = 'roles' | 'articles'

export type SeoDoc = {
  title?: string | null
  summary?: string | null
  distinction?: string | null
  kind?: string | null
  heroImage?: unknown
  meta?: { title?: string | null; description?: string | null; image?: unknown } | null
}

/** Where the share image comes from, in the order the page looks. */
export type ShareImageSource = 'editor' | 'career-card' | 'comparison-card' | 'hero' | 'site-card'

export const DESCRIPTION_MAX = 160

/** The site name the layout's title template adds after every title (app/(frontend)/layout.tsx). */
export const TITLE_SUFFIX = ' · Careerscope'

export function fallbackTitle(collection: SeoCollection, doc: SeoDoc): string {
  const title = doc.title?.trim() ?? ''
  if (!title) return ''
  return collection === 'roles' ? `${title}: salary, skills and career path` : title
}

/** The profile's summary or the article's distinction, cut at a word to fit a search snippet. */
export function fallbackDescription(collection: SeoCollection, doc: SeoDoc): string {
  const text = ((collection === 'roles' ? doc.summary : doc.distinction) ?? '')
    .replace(/\s+/g, ' ')
    .trim()
  if (text.length <= DESCRIPTION_MAX) return text
  return `${text.slice(0, DESCRIPTION_MAX - 1).replace(/\s+\S*$/, '')}…`
}

const isSet = (value: unknown) =>
  value !== null && value !== undefined && value !== '' && value !== false

export function shareImageSource(collection: SeoCollection, doc: SeoDoc): ShareImageSource {
  if (isSet(doc.meta?.image)) return 'editor'
  if (collection === 'roles') return 'career-card'
  if (doc.kind === 'guide') return isSet(doc.heroImage) ? 'hero' : 'site-card'
  return 'comparison-card'
}

export type EffectiveSeo = {
  title: string
  titleFrom: 'editor' | 'page'
  description: string
  descriptionFrom: 'editor' | 'page'
  image: ShareImageSource
}

/** The title, description and share image the page will publish: the editor's where set. */
export function effectiveSeo(collection: SeoCollection, doc: SeoDoc): EffectiveSeo {
  const title = doc.meta?.title?.trim()
  const description = doc.meta?.description?.trim()
  return {
    title: title || fallbackTitle(collection, doc),
    titleFrom: title ? 'editor' : 'page',
    description: description || fallbackDescription(collection, doc),
    descriptionFrom: description ? 'editor' : 'page',
    image: shareImageSource(collection, doc),
  }
}
