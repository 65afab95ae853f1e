/**
 * Lexical rich text written by hand: one paragraph of text and links, for the scale catalogue and
 * tests that need exact nodes (the seed converts Markdown instead).
 */
type LexicalNode = Record<string, unknown>

export function textNode(text: string): LexicalNode {
  return { type: 'text', text, version: 1, detail: 0, format: 0, mode: 'normal', style: '' }
}

/** A link to a document of this site, as the editor's link feature stores it. */
export function internalLinkNode(
  relationTo: string,
  id: number | string,
  text: string,
): LexicalNode {
  return {
    type: 'link',
    version: 3,
    direction: 'ltr',
    format: '',
    indent: 0,
    fields: { linkType: 'internal', newTab: false, doc: { relationTo, value: id } },
    children: [textNode(text)],
  }
}

/** An editor state holding one paragraph of the given nodes (or text). */
export function paragraphState(...children: (LexicalNode | string)[]) {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: 'ltr' as const,
      format: '' as const,
      indent: 0,
      children: [
        {
          type: 'paragraph',
          version: 1,
          direction: 'ltr',
          format: '',
          indent: 0,
          textFormat: 0,
          children: children.map((c) => (typeof c === 'string' ? textNode(c) : c)),
        },
      ],
    },
  }
}
