import type { CollectionConfig } from 'payload'

import { relationId } from '@/lib/platform/ids'
import { reportKey } from '@/lib/salaries/reports/identity'

import { hiddenUnlessAdmin, readerDataAccess } from '../access/readerData'
import { compositeKeyField, readerField } from '../fields/readerFields'

/**
 * A reader withdrew a salary report that had counted: no figure of it is kept, only that the same
 * reader may not send a new report for that career and year until `until` — otherwise withdrawing
 * and sending again would be a change the yearly limit does not see (lib/salaries/reports/timing.ts).
 * Deleted with the account.
 */
export const ReportHolds: CollectionConfig = {
  slug: 'salary-report-holds',
  labels: { singular: 'Withdrawn report hold', plural: 'Withdrawn report holds' },
  admin: {
    group: 'Readers',
    hidden: hiddenUnlessAdmin,
    defaultColumns: ['reader', 'role', 'year', 'until'],
  },
  access: readerDataAccess,
  graphQL: false,
  fields: [
    readerField(),
    { name: 'role', type: 'relationship', relationTo: 'roles', admin: { readOnly: true } },
    { name: 'year', type: 'number', required: true, admin: { readOnly: true } },
    { name: 'until', type: 'date', required: true, index: true, admin: { readOnly: true } },
    compositeKeyField((data) => {
      const reader = relationId(data.reader)
      const role = relationId(data.role)
      return reader && role && typeof data.year === 'number'
        ? reportKey(reader, role, data.year)
        : null
    }),
  ],
}
