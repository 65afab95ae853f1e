import { describe, expect, it } from 'vitest'

import { getCareerProfile, getComparison } from '@/lib/content'

import { bootSite, payload } from './site'

const SLUG = 'backend-developer-vs-devops-engineer'
bootSite({ demo: true })

const salaryRows = async () =>
  (await getComparison.uncached({ payload }, SLUG))!.rows
    .filter((r) => r.source === 'salary')
    .map((r) => [r.label, r.first, r.second])

describe('the derived comparison table', () => {
  it("shows both roles' bands as their salary tables give them", async () => {
    expect(await salaryRows()).toEqual([
      ['Fresher (0–2 yrs)', '₹5–10 LPA', '₹5–9 LPA'],
      ['Mid-level (3–5 yrs)', '₹14–28 LPA', '₹16–30 LPA'],
      ['Senior / Lead (6–10 yrs)', '₹28–55 LPA', '₹30–60 LPA'],
    ])
  })

  it('derives the profile rows from the roles', async () => {
    const comparison = (await getComparison.uncached({ payload }, SLUG))!
    const row = (key: string) => comparison.rows.find((r) => r.key === key)
    expect(row('oncall')).toMatchObject({
      first: 'Occasional — incidents in the services you own',
      second: 'Regular — infrastructure on-call is a core part of the job',
    })
    expect(row('skills')?.second).toContain('Kubernetes')
    expect(comparison.first.role.title).toBe('Backend Developer')
    expect(comparison.second.role.title).toBe('DevOps Engineer')
  })

  it('follows a change to a salary table everywhere it is shown', async () => {
    const devops = (await getCareerProfile.uncached({ payload }, 'devops-engineer'))!
    const table = devops.salaryTables[0]!
    await payload.update({
      collection: 'salary-tables',
      id: table.id,
      data: {
        rows: table.rows.map((r) => (r.level === 'senior' ? { ...r, max: 65 } : r)),
        _status: 'published',
      },
    })
    expect((await salaryRows())[2]).toEqual([
      'Senior / Lead (6–10 yrs)',
      '₹28–55 LPA',
      '₹30–65 LPA',
    ])
    const profile = (await getCareerProfile.uncached({ payload }, 'devops-engineer'))!
    expect(profile.salaryTables[0]!.rows.find((r) => r.level === 'senior')?.max).toBe(65)
  })

  it('ignores an unpublished draft of a salary table', async () => {
    const devops = (await getCareerProfile.uncached({ payload }, 'devops-engineer'))!
    const table = devops.salaryTables[0]!
    await payload.update({
      collection: 'salary-tables',
      id: table.id,
      data: { rows: table.rows.map((r) => (r.level === 'senior' ? { ...r, max: 99 } : r)) },
      draft: true,
    })
    expect((await salaryRows())[2]?.[2]).toBe('₹30–65 LPA')
  })

  it('uses the newest published year of each salary table', async () => {
    const backend = (await getCareerProfile.uncached({ payload }, 'backend-developer'))!
    await payload.create({
      collection: 'salary-tables',
      data: {
        ...backend.salaryTables[0]!,
        id: undefined,
        year: 2025,
        rows: [{ level: 'fresher', min: 1, max: 2 }],
        _status: 'published',
      },
    })
    expect((await salaryRows())[0]?.[1]).toBe('₹5–10 LPA')
  })
})
