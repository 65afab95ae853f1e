import type { Block } from 'payload'

/** A highlighted aside inside an article: a tip, a warning or a key takeaway. */
export const Callout: Block = {
  slug: 'callout',
  interfaceName: 'CalloutBlock',
  labels: { singular: 'Callout', plural: 'Callouts' },
  fields: [
    {
      name: 'tone',
      type: 'select',
      defaultValue: 'tip',
      required: true,
      options: [
        { label: 'Tip', value: 'tip' },
        { label: 'Key takeaway', value: 'takeaway' },
        { label: 'Warning', value: 'warning' },
      ],
    },
    { name: 'title', type: 'text' },
    { name: 'text', type: 'textarea', required: true },
  ],
}
