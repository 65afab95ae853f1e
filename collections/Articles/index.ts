import { articleSlugProblem } from '@/lib/comparisons/pairs'
import { previewUrl } from '@/lib/editorial/preview'
import { MARKETS } from '@/lib/markets'
import { articlePath } from '@/lib/paths'

import { contentEditor } from '../fields/richText'
import { slugField } from '../fields/slug'
import { redirectRenamedPage } from '../hooks/redirectRenamedPage'
import { draftedCollection } from '../publishing/draftedCollection'
import { requirePublishedCareers } from './hooks/requirePublishedCareers'
import { stampPublishedAt } from './hooks/stampPublishedAt'
import { validateComparedRoles, validateSignalRole } from './validateComparison'

const isComparison = (data: unknown) =>
  (data as { kind?: string } | undefined)?.kind === 'comparison'

/**
 * Editorial articles; above all comparisons of two careers. A comparison's salary and profile rows
 * are derived from the two roles at render time, so editors write only what is theirs to say.
 */
export const Articles = draftedCollection({
  slug: 'articles',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'market', '_status', 'lastEditedBy', 'updatedAt'],
    listSearchableFields: ['title', 'distinction', 'slug'],
    group: 'Content',
    livePreview: { url: ({ data }) => previewUrl(articlePath(data) ?? '/') },
    preview: (data) => previewUrl(articlePath(data) ?? '/'),
  },
  versions: {
    drafts: { autosave: { interval: 2000 }, schedulePublish: true },
    maxPerDoc: 50,
  },
  hooks: {
    beforeChange: [requirePublishedCareers, stampPublishedAt],
    afterChange: [redirectRenamedPage('articles')],
  },
  fields: [
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'comparison',
      options: [
        { label: 'Comparison of two careers', value: 'comparison' },
        { label: 'Guide', value: 'guide' },
      ],
      admin: { position: 'sidebar' },
    },
    { name: 'title', type: 'text', required: true },
    slugField('title', articleSlugProblem),
    {
      name: 'comparedRoles',
      label: 'Careers compared',
      type: 'relationship',
      relationTo: 'roles',
      hasMany: true,
      validate: validateComparedRoles,
      admin: {
        condition: isComparison,
        description:
          'Exactly two. Salary bands, skills, demand and on-call rows come from these profiles.',
      },
    },
    {
      name: 'market',
      type: 'select',
      defaultValue: 'IN',
      options: [...MARKETS],
      admin: {
        condition: isComparison,
        description: "Whose salary tables the comparison shows (the latest year's).",
      },
    },
    {
      name: 'distinction',
      label: 'The one-line distinction',
      type: 'textarea',
      required: true,
      maxLength: 400,
      admin: {
        description:
          'What separates the two careers (or, for a guide, what it answers), in a sentence or two.',
      },
    },
    { name: 'heroImage', type: 'upload', relationTo: 'media' },
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Body',
          fields: [{ name: 'body', type: 'richText', editor: contentEditor }],
        },
        {
          label: 'Comparison',
          admin: { condition: isComparison },
          fields: [
            {
              name: 'extraRows',
              label: 'Extra table rows',
              type: 'array',
              admin: {
                description: 'Rows of your own, after the derived salary and profile rows.',
              },
              fields: [
                { name: 'label', type: 'text', required: true },
                {
                  type: 'row',
                  fields: [
                    { name: 'first', label: 'First career', type: 'text', required: true },
                    { name: 'second', label: 'Second career', type: 'text', required: true },
                  ],
                },
              ],
            },
            {
              name: 'pickSignals',
              label: 'Who should pick which',
              type: 'array',
              fields: [
                {
                  name: 'role',
                  type: 'relationship',
                  relationTo: 'roles',
                  required: true,
                  validate: validateSignalRole,
                },
                {
                  name: 'signal',
                  type: 'text',
                  required: true,
                  admin: { description: 'e.g. "You like building features users touch."' },
                },
                { name: 'explanation', type: 'textarea', required: true },
              ],
            },
            {
              name: 'trajectory',
              label: 'Career trajectory and overlap',
              type: 'richText',
              editor: contentEditor,
            },
            {
              name: 'verdicts',
              type: 'array',
              admin: {
                description: 'One verdict per dimension, e.g. job volume, pay at senior levels.',
              },
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'dimension', type: 'text', required: true },
                    {
                      name: 'winner',
                      type: 'select',
                      required: true,
                      admin: {
                        components: {
                          Field: '/components/admin/VerdictWinnerField#VerdictWinnerField',
                        },
                      },
                      options: [
                        { label: 'First career', value: 'first' },
                        { label: 'Second career', value: 'second' },
                        { label: 'Even', value: 'even' },
                      ],
                    },
                  ],
                },
                { name: 'summary', type: 'textarea', required: true },
              ],
            },
          ],
        },
        {
          label: 'Closing',
          fields: [
            { name: 'closingTake', label: 'Closing take', type: 'richText', editor: contentEditor },
          ],
        },
      ],
    },
    {
      name: 'authors',
      type: 'relationship',
      relationTo: 'authors',
      hasMany: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'publishedAt',
      type: 'date',
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMM yyyy, HH:mm' },
        description: 'Set on first publish; change it to backdate.',
      },
    },
  ],
})
