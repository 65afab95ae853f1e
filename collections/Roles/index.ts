import { careerSlugProblem } from '@/lib/comparisons/pairs'
import { ON_CALL, RATING } from '@/lib/comparisons/ratings'
import { previewUrl } from '@/lib/editorial/preview'
import { rolePath } from '@/lib/paths'
import { WORKPLACES } from '@/lib/workplaces'

import { levelAndNote } from '../fields/levelAndNote'
import { contentEditor } from '../fields/richText'
import { slugField } from '../fields/slug'
import { redirectRenamedPage } from '../hooks/redirectRenamedPage'
import { draftedCollection } from '../publishing/draftedCollection'
import { deleteCareerReports } from './hooks/deleteCareerReports'
import { protectUsedRoleOnDelete, protectUsedRoleOnUnpublish } from './hooks/protectUsedRoles'
import { reindexComparisonsOfRole } from './hooks/reindexComparisons'
import { occupationCodeFields } from './occupationCodes'
import { resourcesField } from './resources'

/** A career profile: what the job is, where and how it is done, and how people grow in it. */
export const Roles = draftedCollection({
  slug: 'roles',
  labels: { singular: 'Career profile', plural: 'Career profiles' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', '_status', 'lastEditedBy', 'updatedAt'],
    listSearchableFields: ['title', 'summary', 'slug'],
    group: 'Content',
    livePreview: { url: ({ data }) => previewUrl(rolePath(data.slug ?? '')) },
    preview: (data) => previewUrl(rolePath(String(data.slug ?? ''))),
  },
  versions: { drafts: { autosave: { interval: 2000 }, schedulePublish: true }, maxPerDoc: 50 },
  hooks: {
    beforeChange: [protectUsedRoleOnUnpublish],
    beforeDelete: [protectUsedRoleOnDelete, deleteCareerReports],
    afterChange: [redirectRenamedPage('roles'), reindexComparisonsOfRole],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      admin: { description: 'The job title readers search for, e.g. "DevOps Engineer".' },
    },
    slugField('title', careerSlugProblem),
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      maxLength: 200,
      admin: {
        description: 'One sentence on what this person does; shown on cards and in search results.',
      },
    },
    {
      type: 'tabs',
      tabs: [
        {
          label: 'The work',
          fields: [
            { name: 'overview', type: 'richText', editor: contentEditor },
            {
              name: 'dayToDay',
              label: 'Day to day, by workplace',
              type: 'array',
              admin: {
                description:
                  'How the job differs at a product company, a startup, an IT services firm…',
              },
              fields: [
                { name: 'workplace', type: 'select', required: true, options: [...WORKPLACES] },
                { name: 'description', type: 'textarea', required: true },
              ],
            },
            {
              name: 'workStyle',
              type: 'text',
              admin: {
                description:
                  'A short phrase, e.g. "Feature-driven, sprint-based, product-collaborative".',
              },
            },
          ],
        },
        {
          label: 'Skills',
          fields: [
            {
              name: 'skills',
              label: 'Core skills',
              type: 'relationship',
              relationTo: 'skills',
              hasMany: true,
              admin: {
                description:
                  'The skills interviews test and the job uses daily, most important first. Missing one? Add it under Skills.',
              },
            },
            {
              name: 'toolbox',
              type: 'array',
              admin: { description: 'Named tools and platforms.' },
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'tool', type: 'text', required: true },
                    {
                      name: 'category',
                      type: 'text',
                      admin: { placeholder: 'e.g. CI/CD, Monitoring' },
                    },
                  ],
                },
              ],
            },
            {
              name: 'roadmap',
              label: 'Skill roadmap',
              type: 'array',
              admin: { description: 'Stages a learner goes through, in order.' },
              fields: [
                { name: 'stage', type: 'text', required: true },
                { name: 'description', type: 'textarea' },
                {
                  name: 'skills',
                  type: 'relationship',
                  relationTo: 'skills',
                  hasMany: true,
                  admin: { description: 'What this stage teaches, in the order to learn it.' },
                },
                resourcesField,
              ],
            },
          ],
        },
        {
          label: 'Market',
          fields: [
            levelAndNote('demand', 'Demand', RATING, 'How many employers hire for this role.'),
            levelAndNote(
              'entryDifficulty',
              'Entry difficulty',
              RATING,
              'How hard it is to get the first job.',
            ),
            levelAndNote(
              'onCallBurden',
              'On-call burden',
              ON_CALL,
              'How often the job pages you out of hours.',
            ),
          ],
        },
        {
          label: 'Career',
          fields: [
            {
              name: 'careerTracks',
              type: 'array',
              admin: {
                description:
                  'Ladders people climb from this role: an IC track, a management track…',
              },
              fields: [
                {
                  name: 'track',
                  type: 'select',
                  required: true,
                  options: [
                    { label: 'Individual contributor', value: 'ic' },
                    { label: 'Management', value: 'management' },
                  ],
                },
                {
                  name: 'steps',
                  type: 'array',
                  minRows: 1,
                  fields: [{ name: 'title', type: 'text', required: true }],
                },
              ],
            },
            {
              name: 'relatedRoles',
              label: 'Pinned related careers',
              type: 'relationship',
              relationTo: 'roles',
              hasMany: true,
              filterOptions: ({ id }) => ({ id: { not_equals: id } }),
              admin: {
                description:
                  'Shown first among related careers. The rest are computed from the skills both careers share.',
              },
            },
            {
              name: 'excludedRoles',
              label: 'Never show as related',
              type: 'relationship',
              relationTo: 'roles',
              hasMany: true,
              filterOptions: ({ id }) => ({ id: { not_equals: id } }),
              admin: {
                description: 'Careers that share skills with this one but are no sensible move.',
              },
            },
            occupationCodeFields,
          ],
        },
        {
          label: 'Used in',
          description:
            'Everything that shows this career. It cannot be unpublished while a published comparison uses it.',
          fields: [
            {
              name: 'salaryTables',
              type: 'join',
              collection: 'salary-tables',
              on: 'role',
              admin: { defaultColumns: ['title', 'market', 'year', '_status'] },
            },
            {
              name: 'comparedIn',
              label: 'Compared in',
              type: 'join',
              collection: 'articles',
              on: 'comparedRoles',
              admin: { defaultColumns: ['title', '_status', 'updatedAt'] },
            },
          ],
        },
      ],
    },
  ],
})
