import { SiteLink } from '@/components/SiteLink'

type Item = { key: string | number; href: string | null | undefined; label: string }

/** A titled list of links ending in a "see all" link, for the pages that suggest where to go next. */
export function LinkList({
  id,
  title,
  items,
  more,
}: {
  id: string
  title: string
  items: Item[]
  more: { href: string; label: string }
}) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="font-semibold text-slate-900">
        {title}
      </h2>
      <ul className="mt-3 space-y-2">
        {items.map(
          (item) =>
            item.href && (
              <li key={item.key}>
                <SiteLink href={item.href} className="text-brand-700 hover:underline">
                  {item.label}
                </SiteLink>
              </li>
            ),
        )}
        <li>
          <SiteLink href={more.href} className="font-medium text-brand-700 hover:underline">
            {more.label}
          </SiteLink>
        </li>
      </ul>
    </section>
  )
}
