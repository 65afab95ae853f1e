import type { Block } from 'payload'

import { CALLOUT_TONES } from './tones'

/** A highlighted aside inside an article: a tip, a warning or a key takeaway. */
export const CalloutBlock: Block = {
  slug: 'callout',
  interfaceName: 'CalloutBlock',
  labels: { singular: 'Callout', plural: 'Callouts' },
  fields: [
    {
      name: 'tone',
      type: 'select',
      defaultValue: 'tip',
      required: true,
      options: CALLOUT_TONES.map(({ value, label }) => ({ value, label })),
    },
    {
      name: 'title',
      type: 'text',
      admin: { description: 'Optional; the tone’s name is shown when empty.' },
    },
    { name: 'text', type: 'textarea', required: true },
  ],
}
