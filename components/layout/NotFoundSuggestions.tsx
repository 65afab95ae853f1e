import type { NotFoundSuggestions as Suggestions } from '@/lib/content'
import { articlePath, rolePath, SITE_PATHS } from '@/lib/paths'

import { LinkList } from './LinkList'

/** Where readers of a 404 usually go next: popular careers and comparisons. */
export function NotFoundSuggestions({ roles, comparisons }: Suggestions) {
  return (
    <>
      <LinkList
        id="popular-careers"
        title="Popular careers"
        items={roles.map((r) => ({ key: r.id, href: r.slug && rolePath(r.slug), label: r.title }))}
        more={{ href: SITE_PATHS.careers, label: 'All careers →' }}
      />
      <LinkList
        id="popular-comparisons"
        title="Comparisons"
        items={comparisons.map((a) => ({ key: a.id, href: articlePath(a), label: a.title }))}
        more={{ href: SITE_PATHS.compare, label: 'All comparisons →' }}
      />
    </>
  )
}
