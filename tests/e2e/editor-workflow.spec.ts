import { type APIRequestContext, type Browser, expect, test } from '@playwright/test'

import {
  createStaff,
  msUntil,
  publishOpenDocument,
  schedulePublishSoon,
  shows,
  signIn,
  staffToken,
} from './admin'

const SLUG = `e2e-workflow-${Date.now()}`

async function staffPage(browser: Browser, role: 'writer' | 'editor', request: APIRequestContext) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } })
  const page = await context.newPage()
  const credentials = await createStaff(request, role)
  await signIn(page, credentials)
  return { page, credentials }
}

/** An editor signed in to the admin, and a guide of theirs made over REST (published or a draft). */
async function editorWithGuide(
  browser: Browser,
  request: APIRequestContext,
  guide: { slug: string; title: string; distinction: string; _status: 'draft' | 'published' },
) {
  const { page, credentials } = await staffPage(browser, 'editor', request)
  const headers = { authorization: `JWT ${await staffToken(request, credentials)}` }
  const draft = guide._status === 'draft' ? '?draft=true' : ''
  const created = await request.post(`/api/articles${draft}`, {
    headers,
    data: { kind: 'guide', ...guide },
  })
  expect(created.status()).toBe(201)
  return { page, headers, slug: guide.slug, id: (await created.json()).doc.id as number | string }
}

async function articleId(request: APIRequestContext): Promise<number | string> {
  const token = await staffToken(request)
  const response = await request.get(`/api/articles?where[slug][equals]=${SLUG}&draft=true`, {
    headers: { authorization: `JWT ${token}` },
  })
  return (await response.json()).docs[0].id
}

test.describe.configure({ mode: 'serial' })

test('a writer drafts a comparison and cannot publish it', async ({ browser, request }) => {
  const { page, credentials } = await staffPage(browser, 'writer', request)
  const headers = { authorization: `JWT ${await staffToken(request, credentials)}` }
  const roles = (await (await request.get('/api/roles?limit=2&sort=title')).json()).docs
  const created = await request.post('/api/articles?draft=true', {
    headers,
    data: {
      kind: 'comparison',
      title: 'Workflow comparison',
      slug: SLUG,
      distinction: 'First draft.',
      comparedRoles: roles.map((r: { id: number }) => r.id),
      _status: 'draft',
    },
  })
  expect(created.status()).toBe(201)
  const id = (await created.json()).doc.id

  await page.goto(`/admin/collections/articles/${id}`)
  await page.locator('#action-save').click()
  await expect(page.locator('.payload-toast-container')).toContainText('Writers cannot publish')
  expect((await request.get(`/compare/${SLUG}`)).status()).toBe(404)
})

test('an editor previews it live, publishes it, and readers see it within 2 s; unpublished, it is gone within 2 s', async ({
  browser,
  request,
}) => {
  const { page } = await staffPage(browser, 'editor', request)
  await page.goto(`/admin/collections/articles/${await articleId(request)}`)

  await page.locator('#live-preview-toggler').click()
  const preview = page.frameLocator('iframe.iframe-loader__iframe')
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText('Workflow comparison')
  await expect(preview.getByText('you are seeing drafts')).toBeVisible()
  // An edit in the form reaches the preview through autosave, without publishing.
  await page.locator('#field-distinction').fill('Edited in live preview.')
  await expect(preview.getByText('Edited in live preview.')).toBeVisible({ timeout: 10_000 })
  expect((await request.get(`/compare/${SLUG}`)).status()).toBe(404)

  const published = await publishOpenDocument(page)
  const onItsPage = await msUntil(
    request,
    `/compare/${SLUG}`,
    shows('Edited in live preview.'),
    published,
  )
  const onTheList = await msUntil(
    request,
    '/compare',
    (_, body) => body.includes(`/compare/${SLUG}`),
    published,
  )
  console.log(`publish → visible: article page ${onItsPage} ms, /compare list ${onTheList} ms`)

  await page.locator('.doc-controls__popup button, .doc-controls__dots').first().click()
  await page.locator('#action-unpublish').click()
  await page.getByRole('button', { name: 'Confirm' }).click()
  await expect(page.locator('.payload-toast-container')).toContainText(/unpublished/i)
  const unpublished = Date.now()
  const gone = await msUntil(request, `/compare/${SLUG}`, (status) => status === 404, unpublished)
  const offTheList = await msUntil(
    request,
    '/compare',
    (_, body) => !body.includes(`/compare/${SLUG}`),
    unpublished,
  )
  console.log(`unpublish → gone: article page ${gone} ms, /compare list ${offTheList} ms`)
})

test('an editor restores an earlier version, and readers get it back', async ({
  browser,
  request,
}) => {
  const { page, headers, slug, id } = await editorWithGuide(browser, request, {
    slug: `${SLUG}-restore`,
    title: 'Restorable guide',
    distinction: 'The original wording.',
    _status: 'published',
  })
  await request.patch(`/api/articles/${id}`, {
    headers,
    data: { distinction: 'A regrettable rewrite.', _status: 'published' },
  })
  await msUntil(request, `/guides/${slug}`, shows('A regrettable rewrite.'), Date.now())

  await page.goto(`/admin/collections/articles/${id}/versions`)
  // Newest first: the last row is the original.
  await page.locator('table a').last().click()
  await expect(page.getByText('The original wording.')).toBeVisible()
  await page.getByRole('button', { name: 'Restore this version' }).click()
  await page.getByRole('button', { name: 'Confirm' }).click()
  await expect(page.locator('.payload-toast-container')).toContainText(/restored/i)
  const restored = Date.now()
  const ms = await msUntil(request, `/guides/${slug}`, shows('The original wording.'), restored)
  console.log(`restore → visible: ${ms} ms`)
})

test('a publish scheduled in the admin happens on its own', async ({ browser, request }) => {
  test.setTimeout(120_000)
  const { page, slug, id } = await editorWithGuide(browser, request, {
    slug: `${SLUG}-scheduled`,
    title: 'Scheduled guide',
    distinction: 'Out on time.',
    _status: 'draft',
  })
  await page.goto(`/admin/collections/articles/${id}`)
  await expect(page.locator('#field-title')).toHaveValue('Scheduled guide')

  const due = await schedulePublishSoon(page)

  expect((await request.get(`/guides/${slug}`)).status()).toBe(404)
  const waitMs = due.getTime() - Date.now()
  const ms = await msUntil(
    request,
    `/guides/${slug}`,
    (status) => status === 200,
    Date.now(),
    waitMs + 10_000,
  )
  console.log(`scheduled publish: live ${ms - waitMs} ms after it fell due`)
})
