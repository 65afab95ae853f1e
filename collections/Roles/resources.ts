import type { Field } from 'payload'

import {
  MAX_RESOURCE_HOURS,
  RESOURCE_COSTS,
  RESOURCE_LANGUAGES,
  RESOURCE_LEVELS,
  RESOURCE_TYPES,
  resourceUrlProblem,
} from '@/lib/skills/resources'

/** Where to learn a roadmap stage, and how long it takes: effort estimates add these hours up. */
export const resourcesField: Field = {
  name: 'resources',
  label: 'Learning resources',
  type: 'array',
  admin: {
    description:
      'Official documentation, well-known courses, a project. Honest hours: what a learner new to the stage spends.',
    initCollapsed: true,
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'title', type: 'text', required: true, maxLength: 120 },
        {
          name: 'url',
          label: 'Address',
          type: 'text',
          required: true,
          validate: (value: string | null | undefined) => resourceUrlProblem(value) ?? true,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'type', type: 'select', required: true, options: [...RESOURCE_TYPES] },
        {
          name: 'cost',
          type: 'select',
          required: true,
          defaultValue: 'free',
          options: [...RESOURCE_COSTS],
        },
        {
          name: 'language',
          type: 'select',
          required: true,
          defaultValue: 'en',
          options: [...RESOURCE_LANGUAGES],
        },
        { name: 'level', type: 'select', options: [...RESOURCE_LEVELS] },
        {
          name: 'hours',
          type: 'number',
          required: true,
          min: 0.5,
          max: MAX_RESOURCE_HOURS,
          admin: { description: 'Estimated hours.' },
        },
      ],
    },
  ],
}
