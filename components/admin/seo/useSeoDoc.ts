'use client'

import { useDocumentInfo, useFormFields } from '@payloadcms/ui'

import type { SeoCollection, SeoDoc } from '@/lib/seo/fallbacks'

/** The fields the SEO fallbacks read, live from the form as the editor types. */
export function useSeoDoc(): { collection: SeoCollection; doc: SeoDoc; slug: string } {
  const { collectionSlug } = useDocumentInfo()
  const value = (path: string) => (fields: Record<string, { value?: unknown }>) =>
    fields[path]?.value
  const text = (v: unknown) => (typeof v === 'string' ? v : null)
  const title = useFormFields(([fields]) => value('title')(fields))
  const summary = useFormFields(([fields]) => value('summary')(fields))
  const distinction = useFormFields(([fields]) => value('distinction')(fields))
  const kind = useFormFields(([fields]) => value('kind')(fields))
  const slug = useFormFields(([fields]) => value('slug')(fields))
  const heroImage = useFormFields(([fields]) => value('heroImage')(fields))
  const metaTitle = useFormFields(([fields]) => value('meta.title')(fields))
  const metaDescription = useFormFields(([fields]) => value('meta.description')(fields))
  const metaImage = useFormFields(([fields]) => value('meta.image')(fields))
  return {
    collection: collectionSlug === 'roles' ? 'roles' : 'articles',
    slug: text(slug) ?? '',
    doc: {
      title: text(title),
      summary: text(summary),
      distinction: text(distinction),
      kind: text(kind),
      heroImage,
      meta: { title: text(metaTitle), description: text(metaDescription), image: metaImage },
    },
  }
}
