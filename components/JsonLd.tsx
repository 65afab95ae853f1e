import { serializeJsonLd } from '@/lib/seo/jsonLd'

/** Structured data for search engines. The JSON is escaped by serializeJsonLd; it is never HTML. */
export function JsonLd({ data }: { data: Record<string, unknown>[] }) {
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }}
    />
  )
}
