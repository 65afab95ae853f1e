import { describe, expect, it } from 'vitest'

import { reportContext } from '@/lib/salaries/reports/context'

import { roleIdBySlug, salaryTableData, signedInStaff } from './helpers'
import { bootSite, payload } from './site'

// The demo content: Backend Developer's 2026 table (mid-level ₹14–28 LPA) and eight example reader
// reports at mid level, which count at once here.
bootSite({ demo: true })

describe('what an editor sees beside a salary report', () => {
  it('is the published band and readers’ median for its career and level, never a draft’s', async () => {
    const { user } = await signedInStaff(payload, 'editor')
    const role = await roleIdBySlug(payload, 'backend-developer')
    // A newer table still in draft: readers do not see it, so neither does the context.
    await payload.create({
      collection: 'salary-tables',
      data: salaryTableData(role, {
        year: 2027,
        rows: [{ level: 'mid', min: 90, max: 99 }],
      }),
      draft: true,
    })
    const report = { role, level: 'mid', market: 'IN', ctc: 1_650_000 }
    expect(await reportContext(payload, user, report)).toEqual({
      level: 'Mid-level',
      band: {
        text: '₹14–28 LPA',
        typical: '₹21 LPA',
        year: 2026,
        offByPercent: -21,
        illustrative: false,
      },
      cohortMedian: {
        text: expect.stringMatching(/^₹\d+(\.\d)? LPA$/),
        n: 8,
        year: new Date().getUTCFullYear(),
      },
    })
    // A level with no row and no cohort says so rather than guessing.
    const staff = await reportContext(payload, user, { ...report, level: 'staff' })
    expect(staff?.cohortMedian).toBeNull()
    expect(await reportContext(payload, user, { ...report, role: null })).toBeNull()
  })
})
