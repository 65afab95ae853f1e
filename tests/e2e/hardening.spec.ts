import fs from 'node:fs'
import path from 'node:path'

import { expect, test } from '@playwright/test'

import { createStaff, signIn, staffToken } from './admin'
import { cspViolations } from './csp'

const COMPARISON = '/compare/backend-developer-vs-devops-engineer'
const PROFILE = '/careers/devops-engineer'

test('every response carries the security headers; no HSTS over plain http', async ({
  request,
}) => {
  for (const path of ['/', PROFILE, COMPARISON, '/admin/login', '/api/roles', '/sitemap.xml']) {
    const headers = (await request.get(path)).headers()
    const policy = headers['content-security-policy'] ?? ''
    expect(policy, path).toContain("default-src 'self'")
    expect(policy, path).toContain("object-src 'none'")
    expect(policy, path).toContain("base-uri 'self'")
    expect(policy, path).toContain("frame-ancestors 'self'")
    expect(policy, path).toMatch(/form-action 'self' http:\/\/localhost:3101/)
    expect(headers['x-content-type-options'], path).toBe('nosniff')
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin')
    expect(headers['permissions-policy'], path).toContain('camera=()')
    expect(headers['strict-transport-security'], path).toBeUndefined()
  }
})

test('public pages, the admin and its live preview run under the policy without a violation', async ({
  page,
  request,
}) => {
  const violations = cspViolations(page)
  for (const path of ['/', PROFILE, COMPARISON, '/search?q=kubernetes', '/account/sign-in']) {
    await page.goto(path)
    await page.waitForLoadState('networkidle')
  }
  await signIn(page, await createStaff(request, 'editor'))
  const { docs } = await (await request.get('/api/articles?limit=1')).json()
  await page.goto(`/admin/collections/articles/${docs[0].id}`)
  await page.locator('#live-preview-toggler').click()
  await expect(
    page.frameLocator('iframe.iframe-loader__iframe').getByRole('heading', { level: 1 }),
  ).toBeVisible()
  expect(violations).toEqual([])
  // The staff session cookie only travels over https (Chromium counts localhost as secure).
  const cookie = (await page.context().cookies()).find((c) => c.name === 'payload-token')
  expect(cookie?.secure).toBe(true)
})

test('the preview exit never sends anyone off the site', async ({ request }) => {
  for (const hostile of [
    '/%09/evil.example',
    '//evil.example',
    '/%5C%5Cevil.example',
    'https://evil.example',
  ]) {
    const response = await request.get(`/preview/exit?path=${hostile}`, { maxRedirects: 0 })
    expect(response.status(), hostile).toBeGreaterThanOrEqual(300)
    const location = response.headers().location ?? ''
    expect(new URL(location, 'http://localhost:3100').origin, `${hostile} → ${location}`).toBe(
      'http://localhost:3100',
    )
    expect(location.startsWith('//') || /[\t\n\\]/.test(location), location).toBe(false)
  }
})

/** Every file Next keeps in its caches for this build. */
function cachedFiles(): number {
  const count = (dir: string): number =>
    fs.existsSync(dir)
      ? fs
          .readdirSync(dir, { withFileTypes: true })
          .reduce(
            (n, entry) => n + (entry.isDirectory() ? count(path.join(dir, entry.name)) : 1),
            0,
          )
      : 0
  return count('.next-e2e/cache') + count('.next-e2e/server/app')
}

test('made-up addresses leave nothing in the cache', async ({ request }) => {
  // Warm the real pages first, so only the made-up ones could add anything.
  await request.get(PROFILE)
  await request.get(COMPARISON)
  const before = cachedFiles()
  for (let i = 0; i < 20; i += 1) {
    for (const path of [
      `/careers/made-up-${i}`,
      `/compare/made-up-${i}`,
      `/guides/made-up-${i}`,
      `/careers/NOT%20A%20SLUG%20${i}`,
    ]) {
      expect((await request.get(path)).status(), path).toBe(404)
    }
  }
  expect(cachedFiles()).toBe(before)
})

test('a writer can neither unpublish a live comparison in /admin nor take it down through the API', async ({
  browser,
  request,
}) => {
  const editor = {
    authorization: `JWT ${await staffToken(request, await createStaff(request, 'editor'))}`,
  }
  const roles = (await (await request.get('/api/roles?limit=2&sort=title')).json()).docs
  const slug = `writer-cannot-unpublish-${Date.now()}`
  const created = await request.post('/api/articles', {
    headers: editor,
    data: {
      kind: 'comparison',
      title: 'A live comparison',
      slug,
      distinction: 'Live, and staying live.',
      comparedRoles: roles.map((r: { id: number }) => r.id),
      _status: 'published',
    },
  })
  expect(created.status()).toBe(201)
  const id = (await created.json()).doc.id
  expect((await request.get(`/compare/${slug}`)).status()).toBe(200)

  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } })
  const page = await context.newPage()
  await signIn(page, await createStaff(request, 'writer'))
  await page.goto(`/admin/collections/articles/${id}`)
  await expect(page.locator('#field-title')).toHaveValue('A live comparison')
  await page.locator('.doc-controls__popup button, .doc-controls__dots').first().click()
  await page.locator('#action-unpublish').click()
  await page.getByRole('button', { name: 'Confirm' }).click()
  await expect(page.locator('.payload-toast-container')).toContainText('Writers cannot unpublish')
  expect((await request.get(`/compare/${slug}`)).status()).toBe(200)

  // Save a draft, then "save" the live document: the old two-step that took pages down.
  const writer = {
    authorization: `JWT ${await staffToken(request, await createStaff(request, 'writer'))}`,
  }
  expect(
    (
      await request.patch(`/api/articles/${id}?draft=true`, {
        headers: writer,
        data: { distinction: 'Draft.' },
      })
    ).status(),
  ).toBe(200)
  // A writer's save is always a draft save now: it answers 200 and leaves the live page alone.
  const save = await request.patch(`/api/articles/${id}`, { headers: writer, data: {} })
  expect(save.status()).toBe(200)
  expect(
    (await request.delete(`/api/articles/${id}`, { headers: writer })).status(),
  ).toBeGreaterThanOrEqual(400)
  const page2 = await request.get(`/compare/${slug}`)
  expect(page2.status()).toBe(200)
  expect(await page2.text()).toContain('Live, and staying live.')
  await context.close()
})

test('an image used as a career’s share image can be deleted on the migrated database', async ({
  request,
}) => {
  const headers = { authorization: `JWT ${await staffToken(request)}` }
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  )
  const uploaded = await request.post('/api/media', {
    headers,
    multipart: {
      file: { name: `share-${Date.now()}.png`, mimeType: 'image/png', buffer: png },
      _payload: JSON.stringify({ alt: 'A share image about to be deleted' }),
    },
  })
  expect(uploaded.status()).toBe(201)
  const image = (await uploaded.json()).doc.id
  const { docs } = await (
    await request.get('/api/roles?where[slug][equals]=qa-automation-engineer&depth=0')
  ).json()
  const career = docs[0].id
  const shared = await request.patch(`/api/roles/${career}`, {
    headers,
    data: { meta: { image }, _status: 'published' },
  })
  expect(shared.status()).toBe(200)
  // Production applies the committed migrations: the share image's foreign key must let it go.
  const deleted = await request.delete(`/api/media/${image}`, { headers })
  expect(deleted.status(), await deleted.text()).toBe(200)
  const after = await (await request.get(`/api/roles/${career}?depth=0`, { headers })).json()
  expect(after.meta?.image ?? null).toBeNull()
})
