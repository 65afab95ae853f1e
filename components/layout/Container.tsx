import type { ElementType, ReactNode } from 'react'

/** The site's one content width and gutter; pages and the header, footer and banners sit inside it. */
export function Container({
  as: Tag = 'div',
  className,
  children,
}: {
  as?: ElementType
  className?: string
  children: ReactNode
}) {
  return (
    <Tag className={['mx-auto max-w-6xl px-4 sm:px-6', className].filter(Boolean).join(' ')}>
      {children}
    </Tag>
  )
}
