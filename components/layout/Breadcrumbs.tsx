import { SiteLink } from '@/components/SiteLink'
import type { Crumb } from '@/lib/seo/breadcrumbs'

export type { Crumb }

/** The trail shown on the page; the same crumbs feed the BreadcrumbList JSON-LD. */
export function Breadcrumbs({ crumbs }: { crumbs: Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb">
      <ol className="flex flex-wrap items-center gap-1 text-sm text-slate-600">
        {crumbs.map((crumb, i) => {
          const last = i === crumbs.length - 1
          return (
            <li key={crumb.href} className="flex items-center gap-1">
              {last ? (
                <span aria-current="page">{crumb.name}</span>
              ) : (
                <>
                  <SiteLink href={crumb.href} className="hover:text-brand-700 hover:underline">
                    {crumb.name}
                  </SiteLink>
                  <span aria-hidden="true">/</span>
                </>
              )}
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
