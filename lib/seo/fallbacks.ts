/**
 * What the SEO plugin's "Auto-generate" buttons fill in. The site name is added to every title by
 * the layout's title template, so it is not repeated here.
 */
export function seoTitle(doc: { title?: string | null }): string {
  return doc.title ?? ''
}

export function seoDescription(doc: {
  summary?: string | null
  distinction?: string | null
}): string | undefined {
  const text = doc.summary ?? doc.distinction ?? undefined
  if (!text) return undefined
  return text.length <= 160 ? text : `${text.slice(0, 157).replace(/\s+\S*$/, '')}…`
}
