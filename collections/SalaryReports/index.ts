import type { CollectionConfig, Field } from 'payload'

import { SALARY_LEVELS } from '@/lib/levels'
import {
  CITIES,
  COMPANY_TYPES,
  REPORT_FLAGS,
  REPORT_MARKET,
  REPORT_STATUSES,
} from '@/lib/salaries/reports/vocabulary'
import { isPublisherUser } from '@/lib/staff'

import { isAdmin, isPublisher } from '../access/roles'
import { readerField } from '../fields/readerFields'
import { draftTableEndpoint } from './draftTableEndpoint'
import { cityForStaff, roundedForStaff } from './hooks/editorsView'
import { protectQueries } from './hooks/protectQueries'
import { refreshPublishedFigures } from './hooks/refreshPublishedFigures'
import { stampModeration } from './hooks/stampModeration'
import { reasonWhenRejected } from './validateReason'

const nobody = () => false

/** What the reader reported: theirs alone to change (through the contribute form), never staff's. */
const reported = (field: Field): Field =>
  ({
    ...field,
    access: { update: nobody },
    admin: { ...field.admin, readOnly: true },
  }) as Field

/** An amount, shown to staff rounded (./hooks/editorsView.ts) and never a filter (./hooks/protectQueries.ts). */
const rupees = (name: string, label: string, required = true): Field =>
  reported({
    name,
    label,
    type: 'number',
    required,
    min: 0,
    hooks: { afterRead: [roundedForStaff] },
    // Not a list column either: a column header would sort by the exact amount.
    admin: {
      step: 1000,
      disableListFilter: true,
      disableListColumn: true,
      components: { afterInput: ['/components/admin/RupeesInWords#RupeesInWords'] },
    },
  })

/** Set by the server as the report moves through review; nobody types it. */
const stamp = (field: Field): Field =>
  ({
    ...field,
    access: { ...('access' in field ? field.access : {}), update: nobody },
    admin: { readOnly: true, position: 'sidebar', ...field.admin },
  }) as Field

/**
 * Pay reported by signed-in readers through /salaries/contribute. Nobody reads one but editors, who
 * moderate it, and admins; readers reach their own through the reader routes (lib/salaries/reports).
 * Editors never see who sent a report: the reader, the network it came from and the account's age
 * are admin-only fields, and editors see a stable pseudonym instead; amounts reach staff rounded to
 * ₹10,000, in-hand pay not at all, and a city only where five reports share it. Only aggregates of
 * approved reports, in cohorts of five or more, are ever shown to the public
 * (lib/salaries/reports/stats.ts); docs/salary-reports.md is the threat model.
 */
export const SalaryReports: CollectionConfig = {
  slug: 'salary-reports',
  labels: { singular: 'Salary report', plural: 'Salary reports' },
  admin: {
    group: 'Readers',
    hidden: ({ user }) => !isPublisherUser(user),
    useAsTitle: 'contributor',
    defaultColumns: ['contributor', 'role', 'level', 'year', 'flags', 'status', 'createdAt'],
    listSearchableFields: ['contributor'],
    components: { beforeList: ['/components/admin/ReaderCohorts#ReaderCohorts'] },
    description:
      'Pay reported by readers. Approve what is believable; reject with a reason the reader will see. Only cohorts of 5+ approved reports are published, as median and quartiles.',
  },
  access: { read: isPublisher, create: nobody, update: isPublisher, delete: isAdmin },
  graphQL: false,
  endpoints: [draftTableEndpoint],
  hooks: {
    beforeOperation: [protectQueries],
    beforeChange: [stampModeration],
    afterChange: [refreshPublishedFigures.afterChange],
    afterDelete: [refreshPublishedFigures.afterDelete],
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'pending',
          index: true,
          options: [...REPORT_STATUSES],
          admin: { width: '30%' },
        },
        {
          name: 'rejectionReason',
          label: 'Reason (shown to the reader)',
          type: 'textarea',
          maxLength: 500,
          validate: reasonWhenRejected,
          admin: {
            width: '70%',
            condition: (data) => data?.status === 'rejected',
            description: 'Say what was wrong, so the reader can correct it.',
          },
        },
      ],
    },
    {
      name: 'flags',
      type: 'select',
      hasMany: true,
      options: [...REPORT_FLAGS],
      access: { update: nobody },
      admin: { readOnly: true, description: 'Set automatically when the report arrives.' },
    },
    {
      name: 'flagNotes',
      label: 'Why flagged',
      type: 'textarea',
      access: { update: nobody },
      admin: { readOnly: true, condition: (data) => Boolean(data?.flagNotes) },
    },
    reported({
      name: 'contributor',
      type: 'text',
      required: true,
      index: true,
      admin: { description: 'A stable pseudonym: the same reader always has the same one.' },
    }),
    {
      ...readerField(),
      access: { read: isAdmin, update: nobody },
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: 'Admins only, for abuse and erasure requests.',
      },
    },
    {
      name: 'addressFingerprint',
      type: 'text',
      index: true,
      access: { read: isAdmin, update: nobody },
      admin: { readOnly: true, position: 'sidebar', description: 'A keyed hash of the network.' },
    },
    {
      // Where this report sits against the published band and readers' median (read, not stored).
      name: 'context',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: { Field: '/components/admin/ReportContext#ReportContext' },
      },
    },
    {
      type: 'row',
      fields: [
        reported({
          name: 'role',
          label: 'Career',
          type: 'relationship',
          relationTo: 'roles',
          required: true,
          index: true,
        }),
        reported({
          name: 'level',
          type: 'select',
          required: true,
          options: [...SALARY_LEVELS],
        }),
        reported({ name: 'yearsOfExperience', type: 'number', min: 0, max: 50 }),
        reported({ name: 'year', type: 'number', required: true, index: true }),
      ],
    },
    {
      type: 'row',
      fields: [
        reported({
          name: 'market',
          type: 'select',
          required: true,
          defaultValue: REPORT_MARKET,
          options: [{ value: REPORT_MARKET, label: 'India' }],
        }),
        reported({
          name: 'city',
          type: 'select',
          required: true,
          options: [...CITIES],
          hooks: { afterRead: [cityForStaff] },
          admin: {
            disableListFilter: true,
            description: 'Shown only where five or more approved reports for this career share it.',
          },
        }),
        reported({
          name: 'companyType',
          type: 'select',
          required: true,
          options: [...COMPANY_TYPES],
        }),
      ],
    },
    {
      type: 'row',
      fields: [
        rupees('ctc', 'CTC (₹ a year)'),
        rupees('fixed', 'Fixed (₹)'),
        rupees('variable', 'Variable (₹)'),
        rupees('stock', 'Stock (₹)'),
        {
          ...rupees('monthlyInHand', 'In-hand (₹ a month)', false),
          // Not needed to judge a report, and with the CTC split it narrows down an employer.
          access: { read: isAdmin, update: nobody },
        } as Field,
      ],
    },
    {
      name: 'submittedAt',
      type: 'date',
      index: true,
      access: { update: nobody },
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: 'When the reader last sent or edited it.',
        date: { displayFormat: 'd MMM yyyy, HH:mm' },
      },
    },
    stamp({
      name: 'countsFrom',
      label: 'Counts from',
      type: 'date',
      index: true,
      // Admins only: it would date the reader's account to within a week.
      access: { read: isAdmin },
      admin: {
        description:
          'Approved reports count in published figures from the next publication point (Mondays), and from 30 days after the account was made.',
        date: { displayFormat: 'd MMM yyyy, HH:mm' },
      },
    }),
    stamp({
      name: 'changes',
      label: 'Changes since it first counted',
      type: 'number',
      defaultValue: 0,
      admin: {
        description:
          'Edits or resends by its author after an editor first approved it (one a year).',
      },
    }),
    stamp({
      name: 'changedAt',
      label: 'Last changed',
      type: 'date',
      admin: { date: { displayFormat: 'd MMM yyyy, HH:mm' } },
    }),
    stamp({
      name: 'firstApprovedAt',
      label: 'First approved',
      type: 'date',
      admin: { date: { displayFormat: 'd MMM yyyy, HH:mm' } },
    }),
    stamp({
      name: 'accountCreatedAt',
      type: 'date',
      access: { read: isAdmin },
      admin: { description: 'When the reader’s account was made (admins only).' },
    }),
    {
      // This version of the report: new each time its author sends figures (lib/salaries/reports/stats.ts).
      name: 'memberKey',
      type: 'text',
      required: true,
      access: { read: nobody, update: nobody },
      admin: { hidden: true },
    },
    {
      name: 'moderatedAt',
      type: 'date',
      access: { update: nobody },
      admin: { readOnly: true, position: 'sidebar', date: { displayFormat: 'd MMM yyyy, HH:mm' } },
    },
    {
      name: 'moderatedBy',
      type: 'relationship',
      relationTo: 'users',
      access: { update: nobody },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'key',
      type: 'text',
      unique: true,
      index: true,
      access: { read: isAdmin, update: nobody },
      admin: { hidden: true },
    },
  ],
}
