import { expect, test } from '@playwright/test'

import { msUntil, schedulePublishSoon, shows, signIn, staffToken } from './admin'
import { clusterInstance, E2E_ADMIN } from './env'

/**
 * Two instances behind HAProxy (`npm run cluster -- 2`, started by tests/e2e/server.mjs on a fresh
 * Postgres database and the test Redis): what one instance does, the other must show at once.
 */
const A = clusterInstance(1)
const B = clusterInstance(2)

test.describe.configure({ mode: 'serial' })

test('a page one instance rendered is served by the other from the shared cache', async ({
  request,
}) => {
  const path = '/careers/data-scientist'
  const first = await request.get(A + path)
  expect(first.status()).toBe(200)
  const fromB = await request.get(B + path)
  expect(fromB.status()).toBe(200)
  expect(fromB.headers()['x-nextjs-cache']).toBe('HIT')
  expect(await fromB.text()).toBe(await first.text())
})

test('a publish through instance A is on instance B within 2 s', async ({ request }) => {
  const headers = { authorization: `JWT ${await staffToken(request, E2E_ADMIN)}` }
  const path = '/careers/devops-engineer'
  // B has the page cached (the second request is a hit).
  await request.get(B + path)
  expect((await request.get(B + path)).headers()['x-nextjs-cache']).toBe('HIT')
  const found = await request.get(`${A}/api/roles?where[slug][equals]=devops-engineer&depth=0`)
  const role = (await found.json()).docs[0]
  const summary = `Keeps systems running, checked on two instances at ${Date.now()}.`
  const started = Date.now()
  const published = await request.patch(`${A}/api/roles/${role.id}`, {
    headers,
    data: { summary, _status: 'published' },
  })
  expect(published.status()).toBe(200)
  const ms = await msUntil(request, B + path, shows(summary), started)
  console.log(`[cluster] publish on instance A → visible on instance B: ${ms} ms`)
  expect(await (await request.get(path)).text()).toContain(summary)
})

test('a scheduled publish runs once, on one instance', async ({ page, request }) => {
  test.setTimeout(150_000)
  const headers = { authorization: `JWT ${await staffToken(request, E2E_ADMIN)}` }
  const slug = `cluster-scheduled-${Date.now()}`
  const created = await request.post('/api/articles?draft=true', {
    headers,
    data: {
      kind: 'guide',
      title: 'Scheduled on a cluster',
      slug,
      distinction: 'Once.',
      _status: 'draft',
    },
  })
  expect(created.status()).toBe(201)
  const id = (await created.json()).doc.id
  await signIn(page, E2E_ADMIN)
  await page.goto(`/admin/collections/articles/${id}`)
  await expect(page.locator('#field-title')).toHaveValue('Scheduled on a cluster')
  const due = await schedulePublishSoon(page)
  const waitMs = due.getTime() - Date.now()
  for (const instance of [A, B])
    expect((await request.get(`${instance}/guides/${slug}`)).status()).toBe(404)
  const ms = await msUntil(
    request,
    `${B}/guides/${slug}`,
    (status) => status === 200,
    Date.now(),
    waitMs + 15_000,
  )
  console.log(`[cluster] scheduled publish: live on instance B ${ms - waitMs} ms after it fell due`)
  // Both instances poll every 2 s: give a second runner time to publish again, then count.
  await page.waitForTimeout(6_000)
  const versions = await request.get(
    `/api/articles/versions?where[parent][equals]=${id}&where[version._status][equals]=published&depth=0`,
    { headers },
  )
  expect((await versions.json()).totalDocs).toBe(1)
})

test('an image uploaded through one instance is served by the other (shared MEDIA_DIR)', async ({
  request,
}) => {
  const headers = { authorization: `JWT ${await staffToken(request, E2E_ADMIN)}` }
  // A 1×1 PNG.
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  )
  const uploaded = await request.post(`${A}/api/media`, {
    headers,
    multipart: {
      file: { name: `cluster-${Date.now()}.png`, mimeType: 'image/png', buffer: png },
      _payload: JSON.stringify({ alt: 'A single pixel, uploaded on one instance' }),
    },
  })
  expect(uploaded.status()).toBe(201)
  const { doc } = await uploaded.json()
  const file = await request.get(`${B}/api/media/file/${doc.filename}`)
  expect(file.status()).toBe(200)
  expect(Buffer.from(await file.body()).equals(png)).toBe(true)
})

test('sign-in limits count across instances', async ({ request }) => {
  // One client address (HAProxy's X-Forwarded-For, believed for one hop), half its attempts on each instance.
  const address = `198.51.100.${Math.floor(Math.random() * 250) + 1}`
  let limitedAt = 0
  for (let i = 1; i <= 31 && !limitedAt; i += 1) {
    const instance = i % 2 ? A : B
    const { csrfToken } = await (await request.get(`${instance}/api/auth/csrf`)).json()
    const response = await request.post(`${instance}/api/auth/signin/oidc`, {
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': address },
      data: `csrfToken=${csrfToken}&json=true&callbackUrl=%2F`,
      maxRedirects: 0,
    })
    if (response.status() === 429) limitedAt = i
  }
  // 30 per 15 minutes per address, counted in Redis: either instance alone would have allowed 30.
  expect(limitedAt).toBe(31)
})
