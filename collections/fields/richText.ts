import {
  BlocksFeature,
  FixedToolbarFeature,
  HeadingFeature,
  lexicalEditor,
} from '@payloadcms/richtext-lexical'

import { CalloutBlock } from '@/blocks/Callout/config'

const REPLACED_FEATURES = new Set(['relationship', 'heading'])

/**
 * The one rich-text editor of the site. Relationship embeds are removed: a reader's page renders only
 * what the public data layer has checked is published, and an embedded document would bypass that.
 */
export const contentEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures.filter((feature) => !REPLACED_FEATURES.has(feature.key)),
    HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] }),
    FixedToolbarFeature(),
    BlocksFeature({ blocks: [CalloutBlock] }),
  ],
})
