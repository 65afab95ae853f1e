import type { Metadata } from 'next'

import { serverUrl } from '../env'
import { shareCardPaths } from '../paths'

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

type ArticleSeo = SeoFields & {
  title: string
  distinction?: string | null
  publishedAt?: string | null
  updatedAt?: string | null
}

/** An article's page metadata: the editor's SEO fields or its own title and distinction, dated. */
export function articleMetadata(
  article: ArticleSeo,
  page: { path: string; image?: ShareImage | null },
): Metadata {
  return pageMetadata({
    ...editorialSeo(article, { title: article.title, description: article.distinction }),
    ...page,
    type: 'article',
    publishedTime: article.publishedAt,
    modifiedTime: article.updatedAt,
  })
}

type SeoFields = { meta?: { title?: string | null; description?: string | null } | null }

/** The editor's SEO title and description when set, the page's own otherwise. */
export function editorialSeo(
  doc: SeoFields,
  fallback: { title: string; description?: string | null },
) {
  return {
    title: doc.meta?.title || fallback.title,
    description: doc.meta?.description || fallback.description,
  }
}

/** A page with no content at its address: titled as such, and kept out of search indexes. */
export const notFoundMetadata: Metadata = {
  title: 'Page not found',
  robots: { index: false, follow: true },
}
