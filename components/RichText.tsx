import type {
  DefaultNodeTypes,
  SerializedBlockNode,
  SerializedLinkNode,
} from '@payloadcms/richtext-lexical'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import {
  type JSXConvertersFunction,
  LinkJSXConverter,
  RichText as LexicalRichText,
} from '@payloadcms/richtext-lexical/react'

import { Callout } from '@/blocks/Callout/Component'
import { type LinkRef, linkRef } from '@/lib/content/richTextLinks'
import type { CalloutBlock } from '@/payload-types'

type NodeTypes = DefaultNodeTypes | SerializedBlockNode<CalloutBlock>

const targetOf = (node: SerializedLinkNode): LinkRef | null => {
  const { relationTo, value } = node.fields.doc ?? {}
  if (!relationTo || value == null) return null
  return linkRef(relationTo, typeof value === 'object' ? value.id : value)
}

/**
 * Internal links point at the target's public address today (resolved by the page's read, which is
 * tagged with every target); a link to a page readers cannot see is rendered as its text alone.
 */
const converters =
  (links: Record<LinkRef, string>): JSXConvertersFunction<NodeTypes> =>
  ({ defaultConverters }) => {
    const external = LinkJSXConverter({ internalDocToHref: () => '#' })
    const externalLink = external.link as Extract<typeof external.link, (...a: never[]) => unknown>
    return {
      ...defaultConverters,
      ...external,
      link: (args) => {
        if (args.node.fields.linkType !== 'internal') return externalLink(args)
        const target = targetOf(args.node)
        const href = target ? links[target] : undefined
        const children = args.nodesToJSX({ nodes: args.node.children })
        return href ? <a href={href}>{children}</a> : <span>{children}</span>
      },
      blocks: {
        callout: ({ node }) => <Callout {...node.fields} />,
      },
    }
  }

/** Lexical rich text rendered to React elements: no HTML strings, nothing set dangerously. */
export function RichText({
  data,
  links = {},
  className,
}: {
  data: unknown
  /** Public addresses of the internal link targets (lib/content/links.ts). */
  links?: Record<LinkRef, string>
  className?: string
}) {
  if (!data || typeof data !== 'object' || !('root' in data)) return null
  return (
    <LexicalRichText
      data={data as SerializedEditorState}
      converters={converters(links)}
      className={['prose-content', className].filter(Boolean).join(' ')}
      disableContainer={false}
    />
  )
}
