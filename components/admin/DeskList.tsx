import Link from 'next/link'

import type { DeskItem } from '@/lib/editorial/desk'

type Props = {
  id: string
  title: string
  /** What the list is for, in one line. */
  hint: string
  empty: string
  /** Null when the list could not be read this time. */
  items: DeskItem[] | null
}

/** One list on the editor's desk: a heading with its count, each entry linking to its document. */
export function DeskList({ id, title, hint, empty, items }: Props) {
  return (
    <section className="cs-desk__list" aria-labelledby={id} data-testid={id}>
      <h3 id={id}>
        {title} <span className="cs-desk__count">{items ? items.length : '?'}</span>
      </h3>
      <p className="cs-desk__hint">{hint}</p>
      {items === null ? (
        <p className="cs-desk__empty" role="status">
          This list could not be read just now; reload the page to try again.
        </p>
      ) : items.length === 0 ? (
        <p className="cs-desk__empty">{empty}</p>
      ) : (
        <ul>
          {items.map((item) => (
            <li key={`${item.collection}:${item.id}`}>
              <Link href={item.href}>{item.title}</Link>
              <span className="cs-desk__detail">{item.detail}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
