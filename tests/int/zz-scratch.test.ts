import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { payloadAdapter } from '@/lib/auth/adapter'
import { submitReport } from '@/lib/salaryReports/contributions'

import { bootPayload, rest, roleData, shutdown, signedInStaff } from './helpers'

let payload: Payload
beforeAll(async () => { payload = await bootPayload() })
afterAll(() => shutdown(payload))

it('admin-like full PATCH', async () => {
  const { token } = await signedInStaff(payload, 'editor')
  const role = await payload.create({ collection: 'roles', data: { ...roleData('Scratch'), _status: 'published' } })
  const reader = await payloadAdapter(async () => payload).createUser!({ email: 'scratch@example.com', emailVerified: new Date(), name: 'x' })
  const r = await submitReport(payload, reader.id, { role: String(role.id), level: 'mid', yearsOfExperience: 3, city: 'pune', companyType: 'product', year: 2026, ctc: 1800000, fixed: 1500000, variable: 0, stock: 0, monthlyInHand: null }, '1.2.3.4')
  const id = (r as { id: string }).id
  const got = await rest('GET', `salary-reports/${id}?depth=0`, { token })
  console.log('GETKEYS', Object.keys(got.json).join(','))
  console.log('GETKEYS2', Object.keys((await rest('GET', `salary-reports/${id}`, { token })).json).join(','))
  console.log('ME', JSON.stringify((await rest('GET', 'users/me', { token })).json.user?.role))
  const { id: _i, createdAt: _c, updatedAt: _u, ...body } = got.json
  const res = await rest('PATCH', `salary-reports/${id}?depth=0`, { token, body: { ...body, status: 'approved' } })
  console.log('STATUS', res.status, JSON.stringify(res.json).slice(0, 400))
  expect(res.status).toBe(200)
})
