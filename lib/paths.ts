/** The public URL of a document: one place that knows the site's URL scheme. */
export function rolePath(slug: string): string {
  return `/careers/${slug}`
}

export function articlePath(article: { slug?: string | null; kind?: string | null }): string | null {
  if (!article.slug) return null
  return article.kind === 'guide' ? `/guides/${article.slug}` : `/compare/${article.slug}`
}

export function publicPath(collection: string | undefined, doc: { slug?: string | null; kind?: string | null }): string | null {
  if (!doc.slug) return null
  if (collection === 'roles') return rolePath(doc.slug)
  if (collection === 'articles') return articlePath(doc)
  return null
}
