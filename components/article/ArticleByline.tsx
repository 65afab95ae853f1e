import { formatDate } from '@/lib/dates'
import type { Author } from '@/payload-types'

export function ArticleByline({
  authors,
  publishedAt,
  updatedAt,
}: {
  authors: Author[]
  publishedAt?: string | null
  updatedAt?: string | null
}) {
  const names = authors.map((a) => a.name)
  return (
    <p className="mt-4 text-sm text-slate-600">
      {names.length > 0 && <>By {names.join(' and ')}</>}
      {publishedAt && (
        <>
          {names.length > 0 && ' · '}Published{' '}
          <time dateTime={publishedAt}>{formatDate(publishedAt)}</time>
        </>
      )}
      {updatedAt && publishedAt && formatDate(updatedAt) !== formatDate(publishedAt) && (
        <>
          {' '}
          · Updated <time dateTime={updatedAt}>{formatDate(updatedAt)}</time>
        </>
      )}
    </p>
  )
}
