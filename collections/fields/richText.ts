import {
  BlocksFeature,
  FixedToolbarFeature,
  HeadingFeature,
  lexicalEditor,
  LinkFeature,
} from '@payloadcms/richtext-lexical'
import type { TextFieldSingleValidation } from 'payload'

import { CalloutBlock } from '@/blocks/Callout/config'
import { linkUrlProblem } from '@/lib/paths'

const REPLACED_FEATURES = new Set(['relationship', 'heading', 'link'])

/** Custom link addresses are checked on the server too: the editor's own check is minimal. */
const validLinkUrl: TextFieldSingleValidation = (value, { siblingData }) =>
  (siblingData as { linkType?: string } | undefined)?.linkType === 'internal'
    ? true
    : (linkUrlProblem(value) ?? true)

/**
 * The one rich-text editor of the site. Relationship embeds are removed: a reader's page renders only
 * what the public data layer has checked is published, and an embedded document would bypass that.
 * Internal links point at public pages only (careers and articles).
 */
export const contentEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures.filter((feature) => !REPLACED_FEATURES.has(feature.key)),
    HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] }),
    FixedToolbarFeature(),
    LinkFeature({
      enabledCollections: ['roles', 'articles'],
      fields: ({ defaultFields }) =>
        defaultFields.map((field) =>
          field.name === 'url' && field.type === 'text' && !field.hasMany
            ? { ...field, validate: validLinkUrl }
            : field,
        ),
    }),
    BlocksFeature({ blocks: [CalloutBlock] }),
  ],
})
