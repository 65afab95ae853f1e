import type { Metadata } from 'next'

import { shareCardPaths } from '../paths'
import { serverUrl } from '../platform/env'
import {
  effectiveSeo,
  type SeoCollection,
  type SeoDoc,
  type ShareImageSource,
  shareImageSource,
} from './fallbacks'

export const SITE_NAME = 'Careerscope'

type PageSeo = {
  title: string
  description?: string | null
  /** The page's own path: its canonical URL and og:url. */
  path: string
  /** The share image: an editor's choice or a generated card; the site's card when absent. */
  image?: ShareImage | null
  type?: 'website' | 'article'
  publishedTime?: string | null
  modifiedTime?: string | null
}

export type ShareImage = {
  url: string
  width?: number | null
  height?: number | null
  alt?: string | null
}

const CARD = { width: 1200, height: 630 }

/** Generated share cards (app/(frontend)/og/…): stable URLs that meta tags and JSON-LD can both name. */
export const shareCards = {
  site: (): ShareImage => ({
    url: shareCardPaths.site(),
    ...CARD,
    alt: 'Careerscope — honest career guidance for India',
  }),
  comparison: (slug: string, title: string): ShareImage => ({
    url: shareCardPaths.comparison(slug),
    ...CARD,
    alt: `${title}: salary bands compared`,
  }),
  career: (slug: string, title: string): ShareImage => ({
    url: shareCardPaths.career(slug),
    ...CARD,
    alt: `${title}: salary bands by level`,
  }),
}

type ImageDoc = {
  url?: string | null
  width?: number | null
  height?: number | null
  alt?: string | null
  sizes?: {
    og?: { url?: string | null; width?: number | null; height?: number | null } | null
  } | null
}

/** An uploaded image as a share image, at its 1200×630 crop when there is one. */
export function mediaShareImage(media: ImageDoc | null | undefined): ShareImage | null {
  if (!media?.url) return null
  const og = media.sizes?.og
  return {
    url: og?.url ?? media.url,
    width: og?.width ?? media.width,
    height: og?.height ?? media.height,
    alt: media.alt,
  }
}

export function absoluteUrl(path: string): string {
  return new URL(path, `${serverUrl()}/`).toString()
}

/** Title, description, canonical URL, Open Graph and Twitter cards for one page, all from one place. */
export function pageMetadata({
  title,
  description,
  path,
  image,
  type = 'website',
  publishedTime,
  modifiedTime,
}: PageSeo): Metadata {
  const url = absoluteUrl(path)
  const card = image ?? shareCards.site()
  const images = [
    {
      url: absoluteUrl(card.url),
      width: card.width ?? undefined,
      height: card.height ?? undefined,
      alt: card.alt ?? undefined,
    },
  ]
  return {
    title,
    description: description ?? undefined,
    alternates: { canonical: url },
    openGraph: {
      title,
      description: description ?? undefined,
      url,
      siteName: SITE_NAME,
      locale: 'en_IN',
      type,
      images,
      ...(type === 'article' && {
        publishedTime: publishedTime ?? undefined,
        modifiedTime: modifiedTime ?? undefined,
      }),
    },
    twitter: { card: 'summary_large_image', title, description: description ?? undefined, images },
  }
}

type DocumentSeo = SeoDoc & {
  title: string
  slug?: string | null
  publishedAt?: string | null
  updatedAt?: string | null
}

/**
 * The share image a page publishes, from the source effectiveSeo names. The editor's image and a
 * guide's hero must arrive populated (a media document, not an id); an id falls back to the page's
 * generated card rather than publishing nothing.
 */
function shareImageFor(
  collection: SeoCollection,
  doc: DocumentSeo,
  source: ShareImageSource,
): ShareImage | null {
  const slug = doc.slug ?? ''
  const generated =
    collection === 'roles'
      ? shareCards.career(slug, doc.title)
      : doc.kind === 'guide'
        ? null
        : shareCards.comparison(slug, doc.title)
  if (source === 'editor') return mediaShareImage(asImage(doc.meta?.image)) ?? generated
  if (source === 'hero') return mediaShareImage(asImage(doc.heroImage))
  return generated
}

/** The share image a career or article publishes (meta tags and JSON-LD name the same one). */
export function documentShareImage(collection: SeoCollection, doc: DocumentSeo): ShareImage {
  return shareImageFor(collection, doc, shareImageSource(collection, doc)) ?? shareCards.site()
}

const asImage = (value: unknown): ImageDoc | null =>
  typeof value === 'object' && value !== null ? (value as ImageDoc) : null

/**
 * A career's or article's page metadata: what lib/seo/fallbacks.ts says the page publishes (the
 * editor's SEO fields where set, else the page's own), the same values the admin's SEO panel grades.
 */
export function documentMetadata(
  collection: SeoCollection,
  doc: DocumentSeo,
  path: string,
): Metadata {
  const seo = effectiveSeo(collection, doc)
  return pageMetadata({
    title: seo.title,
    description: seo.description || null,
    path,
    image: documentShareImage(collection, doc),
    ...(collection === 'articles' && {
      type: 'article' as const,
      publishedTime: doc.publishedAt,
      modifiedTime: doc.updatedAt,
    }),
  })
}

/** A page with no content at its address: titled as such, and kept out of search indexes. */
export const notFoundMetadata: Metadata = {
  title: 'Page not found',
  robots: { index: false, follow: true },
}
