import type { Field } from 'payload'

import type { Choice } from '@/lib/choices'

/**
 * A rating readers can compare at a glance ("High") plus the editor's reason ("every product company
 * hires them"). Used for demand, entry difficulty and on-call burden, which comparisons set side by side.
 */
export function levelAndNote(
  name: string,
  label: string,
  options: readonly Choice[],
  description: string,
): Field {
  return {
    name,
    label,
    type: 'group',
    admin: { description },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'level',
            type: 'select',
            options: [...options],
            required: true,
            admin: { width: '30%' },
          },
          {
            name: 'note',
            type: 'text',
            admin: { width: '70%', placeholder: 'Why, in a few words' },
          },
        ],
      },
    ],
  }
}
