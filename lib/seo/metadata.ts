import type { Metadata } from 'next'

import { serverUrl } from '../env'

export const SITE_NAME = 'Careerscope'

type PageSeo = {
  title: string
  description?: string | null
  /** The page's own path: its canonical URL and og:url. */
  path: string
  /** An editor-chosen share image; pages with a generated Open Graph image leave this out. */
  image?: { url: string; width?: number | null; height?: number | null; alt?: string | null } | null
  type?: 'website' | 'article'
  publishedTime?: string | null
  modifiedTime?: string | null
}

export function absoluteUrl(path: string): string {
  return new URL(path, `${serverUrl()}/`).toString()
}

/** Title, description, canonical URL, Open Graph and Twitter cards for one page, all from one place. */
export function pageMetadata({ title, description, path, image, type = 'website', publishedTime, modifiedTime }: PageSeo): Metadata {
  const url = absoluteUrl(path)
  const images = image ? [{ url: absoluteUrl(image.url), width: image.width ?? undefined, height: image.height ?? undefined, alt: image.alt ?? undefined }] : undefined
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
      ...(images && { images }),
      ...(type === 'article' && { publishedTime: publishedTime ?? undefined, modifiedTime: modifiedTime ?? undefined }),
    },
    twitter: { card: 'summary_large_image', title, description: description ?? undefined, ...(images && { images }) },
  }
}

type SeoFields = { meta?: { title?: string | null; description?: string | null } | null }

/** The editor's SEO title and description when set, the page's own otherwise. */
export function editorialSeo(doc: SeoFields, fallback: { title: string; description?: string | null }) {
  return { title: doc.meta?.title || fallback.title, description: doc.meta?.description || fallback.description }
}
