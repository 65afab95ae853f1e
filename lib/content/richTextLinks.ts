/**
 * Internal links inside rich text name a document by collection and id. Pages resolve them to
 * today's public address in one read (lib/content/links.ts) that is tagged with each target, so a
 * renamed, unpublished or deleted target re-renders every page linking to it.
 */

/** A link target, written `<collection>:<id>`. */
export type LinkRef = string

export const linkRef = (collection: string, id: unknown): LinkRef => `${collection}:${String(id)}`

export function parseLinkRef(ref: LinkRef): { collection: string; id: string } {
  const at = ref.indexOf(':')
  return { collection: ref.slice(0, at), id: ref.slice(at + 1) }
}

type LinkDoc = { relationTo?: unknown; value?: unknown }

function targetOf(node: Record<string, unknown>): LinkRef | null {
  if (node.type !== 'link') return null
  const fields = node.fields as { linkType?: unknown; doc?: LinkDoc | null } | undefined
  if (fields?.linkType !== 'internal' || typeof fields.doc?.relationTo !== 'string') return null
  const value = fields.doc.value
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : value
  return typeof id === 'string' || typeof id === 'number'
    ? linkRef(fields.doc.relationTo, id)
    : null
}

/** Every internal link target in the given rich-text values (blocks included), sorted, each once. */
export function internalLinkRefs(...values: unknown[]): LinkRef[] {
  const found = new Set<LinkRef>()
  const walk = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(walk)
    if (typeof value !== 'object' || value === null) return
    const target = targetOf(value as Record<string, unknown>)
    if (target) found.add(target)
    Object.values(value).forEach(walk)
  }
  values.forEach(walk)
  return [...found].sort()
}
