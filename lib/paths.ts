/** The public URL of a document: one place that knows the site's URL scheme. */
export function rolePath(slug: string): string {
  return `/careers/${slug}`
}

export function articlePath(article: {
  slug?: string | null
  kind?: string | null
}): string | null {
  if (!article.slug) return null
  return article.kind === 'guide' ? `/guides/${article.slug}` : `/compare/${article.slug}`
}

export function publicPath(
  collection: string | undefined,
  doc: { slug?: string | null; kind?: string | null },
): string | null {
  if (!doc.slug) return null
  if (collection === 'roles') return rolePath(doc.slug)
  if (collection === 'articles') return articlePath(doc)
  return null
}

/**
 * A path on this site to send someone to, or `fallback`: never a URL that leaves the site (an open
 * redirect would let a phishing link borrow our pages). An absolute URL on `origin` becomes its path.
 */
export function sameSitePath(
  value: string | null | undefined,
  fallback: string,
  origin?: string,
): string {
  let path = value ?? ''
  if (origin && (path === origin || path.startsWith(`${origin}/`)))
    path = path.slice(origin.length) || '/'
  if (!path.startsWith('/') || path.startsWith('//') || path.includes('\\')) return fallback
  return path
}
