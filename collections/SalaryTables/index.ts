import { SALARY_LEVELS } from '@/lib/levels'
import { CURRENCIES, MARKETS, SALARY_UNITS } from '@/lib/markets'

import { draftedContentAccess } from '../access/contentAccess'
import { publishedWithPublicCareer } from '../access/publishedOrStaff'
import { draftedCollection } from '../publishing/draftedCollection'
import { evidenceFields } from './evidenceFields'
import { checkRoleAndName } from './hooks/checkRoleAndName'
import { nonNegativeNumber, validateSalaryRows, validCurrency } from './validateSalaryRows'

/**
 * Pay for one career in one market and year, one row per career level. The single source of every
 * salary figure on the site: profiles, comparisons and listings all read from here.
 */
export const SalaryTables = draftedCollection({
  slug: 'salary-tables',
  labels: { singular: 'Salary table', plural: 'Salary tables' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'market', 'year', 'method', 'lastReviewed', '_status', 'updatedAt'],
    listSearchableFields: ['title', 'source'],
    group: 'Content',
    description:
      'One table per career, market and year. Edit a band here and every page that shows it updates.',
  },
  access: { ...draftedContentAccess, read: publishedWithPublicCareer },
  versions: { drafts: { validate: true }, maxPerDoc: 50 },
  hooks: {
    beforeValidate: [checkRoleAndName],
  },
  fields: [
    { name: 'title', type: 'text', admin: { readOnly: true, hidden: true } },
    {
      type: 'row',
      fields: [
        {
          name: 'role',
          type: 'relationship',
          relationTo: 'roles',
          required: true,
          admin: { width: '40%' },
        },
        {
          name: 'market',
          type: 'select',
          required: true,
          defaultValue: 'IN',
          options: [...MARKETS],
          admin: { width: '30%' },
        },
        {
          name: 'year',
          type: 'number',
          required: true,
          min: 2000,
          max: 2100,
          admin: { width: '30%', step: 1 },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'currency',
          type: 'select',
          required: true,
          defaultValue: 'INR',
          options: [...CURRENCIES],
          validate: validCurrency,
        },
        {
          name: 'unit',
          type: 'select',
          required: true,
          defaultValue: 'lpa',
          options: [...SALARY_UNITS],
          admin: {
            description: 'Figures below are in this unit: 14 with LPA means ₹14 lakh a year.',
          },
        },
      ],
    },
    {
      name: 'rows',
      type: 'array',
      required: true,
      minRows: 1,
      validate: validateSalaryRows,
      labels: { singular: 'Level', plural: 'Levels' },
      admin: {
        description: 'One row per level, from fresher upwards. Median is optional.',
        components: { RowLabel: '/components/admin/SalaryRowLabel#SalaryRowLabel' },
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'level',
              type: 'select',
              required: true,
              options: SALARY_LEVELS.map(({ label, value, experience }) => ({
                label: `${label} (${experience})`,
                value,
              })),
              admin: { width: '34%' },
            },
            {
              name: 'min',
              type: 'number',
              required: true,
              validate: nonNegativeNumber,
              admin: { width: '22%' },
            },
            {
              name: 'max',
              type: 'number',
              required: true,
              validate: nonNegativeNumber,
              admin: { width: '22%' },
            },
            {
              name: 'median',
              type: 'number',
              validate: nonNegativeNumber,
              admin: { width: '22%' },
            },
          ],
        },
      ],
    },
    ...evidenceFields,
  ],
})
