import { getPayload, type Payload } from 'payload'

import { marketInfo } from '@/lib/markets'
import { providePayload } from '@/lib/platform/payload'
import type { SalaryTable, User } from '@/payload-types'

/** The real Payload, on the fresh database the setup file chose for this test file. */
export async function bootPayload(): Promise<Payload> {
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config })
  // What the server does at start (instrumentation.ts): the routes and reads under test use it.
  providePayload(async () => payload)
  return payload
}

type RestOptions = { body?: unknown; token?: string; headers?: Record<string, string> }

/** Calls Payload's real REST route handlers (app/(payload)/api), as Next would, without a server. */
export async function rest(
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  { body, token, headers: extra }: RestOptions = {},
) {
  const routes = await import('@/app/(payload)/api/[...slug]/route')
  const url = new URL(`http://localhost/api/${path.replace(/^\//, '')}`)
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  const headers: Record<string, string> = { ...extra }
  if (body !== undefined) headers['content-type'] = 'application/json'
  if (token) headers.authorization = `JWT ${token}`
  const request = new Request(url, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const response = await routes[method](request, { params: Promise.resolve({ slug }) })
  return {
    status: response.status,
    headers: response.headers,
    json: (await response.json()) as Record<string, any>,
  }
}

/** Calls Payload's real GraphQL route; `search` adds a query string such as `?draft=true`. */
export async function graphql(query: string, token?: string, search = '') {
  const routes = await import('@/app/(payload)/api/graphql/route')
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (token) headers.authorization = `JWT ${token}`
  const request = new Request(`http://localhost/api/graphql${search}`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query }),
  })
  const response = await routes.POST(request)
  return (await response.json()) as { data?: Record<string, any>; errors?: { message: string }[] }
}

let staffCount = 0

/** A staff account of the given role, signed in: returns the user and a JWT for REST calls. */
export async function signedInStaff(payload: Payload, role: User['role']) {
  staffCount += 1
  const email = `${role}-${staffCount}-${Date.now()}@careerscope.test`
  const password = 'correct horse battery staple'
  const user = await payload.create({
    collection: 'users',
    data: { email, password, name: `${role} ${staffCount}`, role },
  })
  const { token } = await payload.login({ collection: 'users', data: { email, password } })
  return { user, token: token as string }
}

/** The field messages of a rejected Local API call: what the admin shows beside each field. */
export async function rejectionMessages(operation: Promise<unknown>): Promise<string> {
  try {
    await operation
  } catch (error) {
    const errors =
      (error as { data?: { errors?: { path?: string; message: string }[] } }).data?.errors ?? []
    return [(error as Error).message, ...errors.map((e) => `${e.path}: ${e.message}`)].join('\n')
  }
  throw new Error('Expected the operation to be rejected, but it succeeded.')
}

type Pool = { end(): Promise<void>; on(event: 'error', listener: (error: Error) => void): void }

/**
 * Payload's destroy() leaves the Postgres pool open. Close its idle connections, and expect the
 * rest to be cut when the setup file drops the test database (a client still checked out by a
 * rolled-back transaction would make a plain `await pool.end()` wait for ever).
 */
export async function shutdown(payload: Payload | undefined): Promise<void> {
  if (!payload) return
  const pool = (payload.db as { pool?: Pool }).pool
  await payload.destroy()
  if (!pool) return
  pool.on('error', () => {})
  void pool.end().catch(() => {})
}

/** The fields a career profile needs to be published; tests add status and anything they examine. */
export function roleData(title: string, summary = `${title} summary.`) {
  return {
    title,
    summary,
    demand: { level: 'high' as const },
    entryDifficulty: { level: 'moderate' as const },
    onCallBurden: { level: 'none' as const },
  }
}

/** The fields a guide needs; tests add its status, body and anything they examine. */
export const guideData = (title: string, distinction = `${title}, in a sentence.`) => ({
  kind: 'guide' as const,
  title,
  distinction,
})

/** A valid one-row salary table for a career (in its market's currency); tests override the rest. */
export function salaryTableData(role: number | string, overrides: Partial<SalaryTableInput> = {}) {
  const market = marketInfo(overrides.market ?? 'IN')!
  return {
    role: role as number,
    market: market.value,
    year: 2026,
    currency: market.currency,
    unit: market.unit,
    method: 'editorial-estimate' as const,
    confidence: 'low' as const,
    source: 'Test fixture',
    lastReviewed: '2026-04-01',
    rows: [{ level: 'fresher' as const, min: 1, max: 2 }],
    ...overrides,
  }
}

type SalaryTableInput = Omit<SalaryTable, 'id' | 'createdAt' | 'updatedAt' | 'title'>

/** The id of a career by its slug (drafts included), for tests that change seeded content. */
export async function roleIdBySlug(payload: Payload, slug: string) {
  const { docs } = await payload.find({
    collection: 'roles',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
  })
  if (!docs[0]) throw new Error(`No career with the slug "${slug}".`)
  return docs[0].id
}
