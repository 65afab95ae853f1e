import { publicPath } from '../paths'
import { cacheTags } from '../platform/revalidate'
import { type ContentReader, publicFind } from './publicFind'
import { publicRead } from './read'
import { type LinkRef, linkRef, parseLinkRef } from './richTextLinks'

const tagOf = (ref: LinkRef) => {
  const { collection, id } = parseLinkRef(ref)
  return collection === 'roles' ? cacheTags.role(id) : cacheTags.article(id)
}

const idsIn = (refs: LinkRef[], collection: string) =>
  refs.map(parseLinkRef).flatMap((r) => (r.collection === collection ? [r.id] : []))

/**
 * Today's public address of each internal link target that readers may see; targets that are not
 * published (or no longer exist) are left out, and their links render as plain text.
 */
export const resolveLinks = publicRead(
  'link-targets',
  (refs: LinkRef[]) => refs.map(tagOf),
  async (reader: ContentReader, refs: LinkRef[]): Promise<Record<LinkRef, string>> => {
    const roleIds = idsIn(refs, 'roles')
    const articleIds = idsIn(refs, 'articles')
    const [roles, articles] = await Promise.all([
      roleIds.length
        ? publicFind(reader, {
            collection: 'roles',
            where: { id: { in: roleIds } },
            select: { slug: true },
            depth: 0,
            pagination: false,
          })
        : null,
      articleIds.length
        ? publicFind(reader, {
            collection: 'articles',
            where: { id: { in: articleIds } },
            select: { slug: true, kind: true },
            depth: 0,
            pagination: false,
          })
        : null,
    ])
    const links: Record<LinkRef, string> = {}
    for (const [collection, found] of [
      ['roles', roles],
      ['articles', articles],
    ] as const) {
      for (const doc of found?.docs ?? []) {
        const path = publicPath(collection, doc)
        if (path) links[linkRef(collection, doc.id)] = path
      }
    }
    return links
  },
)
