import { beforeAll, describe, expect, it } from 'vitest'

import type { Role } from '@/payload-types'

import { rejectionMessages, rest, roleData, salaryTableData, signedInStaff } from './helpers'
import { bootSite, payload } from './site'

bootSite()
let role: Role
let token: string

const goodTable = (roleId: Role['id'], year = 2026) => ({
  ...salaryTableData(roleId, {
    year,
    source: 'Editorial estimate',
    rows: [
      { level: 'fresher' as const, min: 5, max: 10 },
      { level: 'mid' as const, min: 14, max: 28 },
    ],
  }),
  _status: 'published' as const,
})

beforeAll(async () => {
  role = await payload.create({
    collection: 'roles',
    data: { ...roleData('Data Engineer'), _status: 'published' },
  })
  ;({ token } = await signedInStaff(payload, 'editor'))
})

async function tableCount() {
  return (await payload.count({ collection: 'salary-tables' })).totalDocs
}

describe('salary table validation', () => {
  it('accepts a well-formed table and names it after its role', async () => {
    const table = await payload.create({
      collection: 'salary-tables',
      data: goodTable(role.id, 2024),
    })
    expect(table.title).toBe('Data Engineer · India 2024')
  })

  it('rejects a row whose minimum is above its maximum, saving nothing', async () => {
    const before = await tableCount()
    const bad = { ...goodTable(role.id, 2025), rows: [{ level: 'mid' as const, min: 30, max: 28 }] }
    expect(
      await rejectionMessages(payload.create({ collection: 'salary-tables', data: bad })),
    ).toMatch(/minimum \(30\) is above the maximum \(28\)/)
    expect(await tableCount()).toBe(before)
  })

  it('rejects negative figures with a plain message', async () => {
    const bad = {
      ...goodTable(role.id, 2025),
      rows: [{ level: 'fresher' as const, min: -2, max: 5 }],
    }
    expect(
      await rejectionMessages(payload.create({ collection: 'salary-tables', data: bad })),
    ).toMatch(/cannot be negative/)
  })

  it('rejects levels out of order and repeated levels', async () => {
    const unordered = {
      ...goodTable(role.id, 2025),
      rows: [
        { level: 'senior' as const, min: 28, max: 55 },
        { level: 'fresher' as const, min: 5, max: 10 },
      ],
    }
    expect(
      await rejectionMessages(payload.create({ collection: 'salary-tables', data: unordered })),
    ).toMatch(/levels must run from fresher upwards/)
    const repeated = {
      ...goodTable(role.id, 2025),
      rows: [
        { level: 'fresher' as const, min: 5, max: 10 },
        { level: 'fresher' as const, min: 6, max: 11 },
      ],
    }
    expect(
      await rejectionMessages(payload.create({ collection: 'salary-tables', data: repeated })),
    ).toMatch(/each level appears once/)
  })

  it('allows one table per role, market and year', async () => {
    await payload.create({ collection: 'salary-tables', data: goodTable(role.id, 2026) })
    const before = await tableCount()
    expect(
      await rejectionMessages(
        payload.create({ collection: 'salary-tables', data: goodTable(role.id, 2026) }),
      ),
    ).toMatch(/year: "Data Engineer · India 2026" already covers this role, market and year/)
    expect(await tableCount()).toBe(before)
  })

  it('refuses a table for a role that does not exist', async () => {
    const gone = await payload.create({
      collection: 'roles',
      data: { ...roleData('Gone'), _status: 'draft' },
      draft: true,
    })
    await payload.delete({ collection: 'roles', id: gone.id })
    expect(
      await rejectionMessages(
        payload.create({ collection: 'salary-tables', data: goodTable(gone.id, 2020) }),
      ),
    ).toMatch(/role: This career profile does not exist/)
  })

  it('leaves a table untouched when an update is invalid', async () => {
    const table = await payload.create({
      collection: 'salary-tables',
      data: goodTable(role.id, 2023),
    })
    expect(
      await rejectionMessages(
        payload.update({
          collection: 'salary-tables',
          id: table.id,
          data: { rows: [{ level: 'fresher', min: 12, max: 10 }] },
        }),
      ),
    ).toMatch(/rows: Row 1 \(Fresher\): the minimum \(12\) is above the maximum \(10\)/)
    const after = await payload.findByID({ collection: 'salary-tables', id: table.id })
    expect(after.rows.map((r) => [r.level, r.min, r.max])).toEqual([
      ['fresher', 5, 10],
      ['mid', 14, 28],
    ])
  })

  it('answers the REST API with 400 and the field message', async () => {
    const bad = { ...goodTable(role.id, 2022), rows: [{ level: 'mid', min: 30, max: 28 }] }
    const response = await rest('POST', 'salary-tables', { body: bad, token })
    expect(response.status).toBe(400)
    const message = JSON.stringify(response.json.errors)
    expect(message).toMatch(/minimum \(30\) is above the maximum \(28\)/)
    expect(message).toContain('rows')
  })
})

describe('salary evidence', () => {
  it('refuses evidence that overclaims, over REST with 400 and the field named, saving nothing', async () => {
    const table = await payload.create({
      collection: 'salary-tables',
      data: goodTable(role.id, 2019),
    })
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ method: 'survey' }, 'sampleSize', /give the sample size/],
      [{ method: 'illustrative', confidence: 'medium' }, 'confidence', /can only be low/],
      // A partial update is checked against the stored document: no sample, no sources.
      [{ confidence: 'high' }, 'confidence', /High confidence needs a survey/],
      [{ sourceUrls: [{ url: 'javascript:alert(1)' }] }, 'sourceUrls.0.url', /web page/],
      [{ sampleSize: -3 }, 'sampleSize', /whole number/],
      [{ confidence: 'certain' }, 'confidence', /invalid/i],
      [{ currency: 'USD' }, 'currency', /Tables for India are in INR/],
    ]
    for (const [body, path, message] of cases) {
      const response = await rest('PATCH', `salary-tables/${table.id}`, { body, token })
      expect(response.status, JSON.stringify(body)).toBe(400)
      const errors = response.json.errors[0].data.errors as { path: string; message: string }[]
      expect(errors.find((e) => e.path === path)?.message, JSON.stringify(body)).toMatch(message)
    }
    const after = await payload.findByID({ collection: 'salary-tables', id: table.id })
    expect([after.method, after.confidence, after.sampleSize, after.sourceUrls]).toEqual([
      'editorial-estimate',
      'low',
      null,
      [],
    ])
  })

  it('accepts a counted, sourced table at high confidence', async () => {
    const response = await rest('POST', 'salary-tables', {
      token,
      body: {
        ...goodTable(role.id, 2018),
        method: 'job-postings',
        confidence: 'high',
        sampleSize: 1200,
        sourceUrls: [{ url: 'https://example.com/postings-2018', label: 'Postings study' }],
      },
    })
    expect(response.status).toBe(201)
    expect(response.json.doc.sourceUrls[0].label).toBe('Postings study')
  })
})
