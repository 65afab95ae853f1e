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
import { publicPath } from '@/lib/paths'
import type { CalloutBlock } from '@/payload-types'

type NodeTypes = DefaultNodeTypes | SerializedBlockNode<CalloutBlock>

/** Internal links point at our own public URLs, whatever the linked document's slug is today. */
const internalDocToHref = ({ linkNode }: { linkNode: SerializedLinkNode }) => {
  const { relationTo, value } = linkNode.fields.doc ?? {}
  if (!value || typeof value !== 'object') return '#'
  return publicPath(relationTo, value as { slug?: string | null; kind?: string | null }) ?? '#'
}

const converters: JSXConvertersFunction<NodeTypes> = ({ defaultConverters }) => ({
  ...defaultConverters,
  ...LinkJSXConverter({ internalDocToHref }),
  blocks: {
    callout: ({ node }) => <Callout {...node.fields} />,
  },
})

/** Lexical rich text rendered to React elements: no HTML strings, nothing set dangerously. */
export function RichText({ data, className }: { data: unknown; className?: string }) {
  if (!data || typeof data !== 'object' || !('root' in data)) return null
  return (
    <LexicalRichText
      data={data as SerializedEditorState}
      converters={converters}
      className={['prose-content', className].filter(Boolean).join(' ')}
      disableContainer={false}
    />
  )
}
