import type { CollectionConfig } from 'payload'

import { relationId } from '@/lib/platform/ids'
import { stageKey } from '@/lib/readers/keys'
import {
  CLEARED_STAGE,
  NOT_STARTED_LABEL,
  STAGE_STATUS_LABELS,
  STAGE_STATUSES,
} from '@/lib/readers/vocabulary'

import { hiddenUnlessAdmin, readerDataAccess } from '../access/readerData'
import { compositeKeyField, readerField } from '../fields/readerFields'

/** How far a reader has got with one stage of a career profile's skill roadmap. */
export const RoadmapProgress: CollectionConfig = {
  slug: 'roadmap-progress',
  labels: { singular: 'Roadmap progress', plural: 'Roadmap progress' },
  admin: {
    group: 'Readers',
    hidden: hiddenUnlessAdmin,
    defaultColumns: ['reader', 'role', 'stage', 'status'],
  },
  access: readerDataAccess,
  graphQL: false,
  fields: [
    readerField(),
    { name: 'role', type: 'relationship', relationTo: 'roles', required: true },
    {
      name: 'stage',
      type: 'text',
      required: true,
      admin: { description: 'The id of the roadmap stage on the career profile.' },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      options: [
        ...STAGE_STATUSES.map((value) => ({ value, label: STAGE_STATUS_LABELS[value] })),
        { value: CLEARED_STAGE, label: `${NOT_STARTED_LABEL} (set back by the reader)` },
      ],
    },
    {
      name: 'changedAt',
      type: 'date',
      admin: {
        description:
          'When the reader made the mark (maybe offline, or before signing in): the later mark wins.',
      },
    },
    compositeKeyField((data) =>
      stageKey(
        relationId(data.reader),
        relationId(data.role),
        typeof data.stage === 'string' ? data.stage : null,
      ),
    ),
  ],
}
