import { type APIRequestContext, type Browser, expect, type Page, test } from '@playwright/test'

import { internalLinkNode, paragraphState } from '../../payload/seed/lexical'
import { createStaff, msUntil, publishOpenDocument, shows, signIn, staffToken } from './admin'

/**
 * The review hand-off, in the admin as staff use it: a writer marks a draft ready, an editor finds
 * it on the desk and sends it back with a comment, the writer reads it and resubmits, the editor
 * publishes, and readers have the page within 2 s.
 */

const STAMP = Date.now()
const SLUG = `e2e-review-${STAMP}`
const TITLE = `Review hand-off guide ${STAMP}`
const COMMENT = 'Say which Indian cities these figures hold for.'

type Credentials = { email: string; password: string }

async function staffPage(browser: Browser, credentials: Credentials): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } })
  const page = await context.newPage()
  await signIn(page, credentials)
  return page
}

/** The review state of the latest draft, read as the given member of staff. */
async function reviewOf(request: APIRequestContext, credentials: Credentials, id: number) {
  const token = await staffToken(request, credentials)
  const response = await request.get(`/api/articles/${id}?draft=true&depth=0`, {
    headers: { authorization: `JWT ${token}` },
  })
  return (await response.json()).review as { state?: string; comment?: string | null }
}

async function chooseReviewState(page: Page, label: string) {
  await page.locator('#field-review__state').click()
  await page.getByRole('option', { name: label, exact: true }).click()
}

test.describe.configure({ mode: 'serial' })

let writer: Credentials
let editor: Credentials
let id: number

test.beforeAll(async ({ request }) => {
  writer = await createStaff(request, 'writer')
  editor = await createStaff(request, 'editor')
  const created = await request.post('/api/articles?draft=true', {
    headers: { authorization: `JWT ${await staffToken(request, writer)}` },
    data: {
      kind: 'guide',
      title: TITLE,
      slug: SLUG,
      distinction: 'How to read salary figures for your city before an offer conversation.',
      _status: 'draft',
    },
  })
  expect(created.status()).toBe(201)
  id = (await created.json()).doc.id
})

test('a writer hands a draft to an editor, who sends it back, then publishes the resubmission', async ({
  browser,
  request,
}) => {
  const writerPage = await staffPage(browser, writer)
  await writerPage.goto(`/admin/collections/articles/${id}`)
  await chooseReviewState(writerPage, 'Ready for review')
  await expect.poll(async () => (await reviewOf(request, writer, id)).state).toBe('ready')

  // The editor's desk lists it, with who asked.
  const editorPage = await staffPage(browser, editor)
  const ready = editorPage.getByTestId('desk-ready')
  await expect(ready.getByRole('link', { name: TITLE })).toBeVisible()
  await expect(ready).toContainText('asked by E2E writer')
  await ready.getByRole('link', { name: TITLE }).click()
  await expect(editorPage.locator('#field-title')).toHaveValue(TITLE)

  // Sent back with a comment (written first: "Changes requested" needs one).
  await editorPage.locator('#field-review__comment').fill(COMMENT)
  await expect.poll(async () => (await reviewOf(request, editor, id)).comment).toBe(COMMENT)
  await chooseReviewState(editorPage, 'Changes requested')
  await expect.poll(async () => (await reviewOf(request, editor, id)).state).toBe('changes')

  // The writer sees it on their desk and on the document, and cannot rewrite the comment.
  await writerPage.goto('/admin')
  const sentBack = writerPage.getByTestId('desk-changes')
  await expect(sentBack).toContainText('Sent back to you')
  await expect(sentBack).toContainText(COMMENT)
  await sentBack.getByRole('link', { name: TITLE }).click()
  await expect(writerPage.locator('#field-review__comment')).toHaveValue(COMMENT)
  await expect(writerPage.locator('#field-review__comment')).toBeDisabled()

  // Fixed and resubmitted.
  await writerPage
    .locator('#field-distinction')
    .fill('How to read salary figures for Bengaluru, Pune and Hyderabad before an offer.')
  await chooseReviewState(writerPage, 'Ready for review')
  await expect.poll(async () => (await reviewOf(request, writer, id)).state).toBe('ready')

  // The editor publishes from the desk: live within 2 s, and off the list.
  await editorPage.goto('/admin')
  await editorPage.getByTestId('desk-ready').getByRole('link', { name: TITLE }).click()
  await expect(editorPage.locator('#field-distinction')).toHaveValue(/Bengaluru/)
  const published = await publishOpenDocument(editorPage)
  const live = await msUntil(
    request,
    `/guides/${SLUG}`,
    shows('Bengaluru, Pune and Hyderabad'),
    published,
  )
  console.log(`review hand-off: publish → live ${live} ms`)
  await editorPage.goto('/admin')
  await expect(editorPage.getByTestId('desk-ready')).toBeVisible()
  await expect(editorPage.getByTestId('desk-ready').getByRole('link', { name: TITLE })).toHaveCount(
    0,
  )
  expect((await reviewOf(request, editor, id)).state).toBe('none')

  // Staff who edited can still be removed: their stamps on documents and versions are cleared.
  const admin = { authorization: `JWT ${await staffToken(request)}` }
  const found = await request.get(
    `/api/users?where[email][equals]=${encodeURIComponent(writer.email)}&depth=0`,
    { headers: admin },
  )
  const writerId = (await found.json()).docs[0].id
  expect((await request.delete(`/api/users/${writerId}`, { headers: admin })).status()).toBe(200)
  expect((await request.get(`/guides/${SLUG}`)).status()).toBe(200)
})

test('the SEO panel grades what the seeded comparison publishes, with nothing typed', async ({
  browser,
  request,
}) => {
  const page = await staffPage(browser, editor)
  const found = await request.get(
    '/api/articles?where[slug][equals]=backend-developer-vs-devops-engineer&depth=0',
  )
  const comparison = (await found.json()).docs[0]
  expect(comparison.meta?.title ?? null).toBeNull()
  await page.goto(`/admin/collections/articles/${comparison.id}`)
  const overview = page.getByTestId('seo-overview')
  await overview.scrollIntoViewIfNeeded()
  await expect(overview).toContainText('3/3 checks pass')
  await expect(page.getByTestId('seo-effective-title')).toHaveText(
    `${comparison.title} · Careerscope`,
  )
  // The public page publishes the same title.
  const html = await (await request.get('/compare/backend-developer-vs-devops-engineer')).text()
  expect(html).toContain(`<title>${comparison.title} · Careerscope</title>`)

  // Auto-generate fills in exactly that fallback.
  await page
    .locator('.cs-seo-field')
    .filter({ hasText: 'SEO title' })
    .getByRole('button', { name: 'Auto-generate' })
    .click()
  await expect(page.locator('#field-meta__title')).toHaveValue(comparison.title)
})

test('the desk notices a link broken by an unpublish, through its cache', async ({
  browser,
  request,
}) => {
  const headers = { authorization: `JWT ${await staffToken(request)}` }
  const guide = (slug: string, title: string, body?: unknown) =>
    request.post('/api/articles', {
      headers,
      data: { kind: 'guide', title, slug, distinction: `${title}.`, body, _status: 'published' },
    })
  const target = (await (await guide(`${SLUG}-target`, `Linked guide ${STAMP}`)).json()).doc
  const linking = `Linking guide ${STAMP}`
  await guide(
    `${SLUG}-linking`,
    linking,
    paragraphState('Read ', internalLinkNode('articles', target.id, 'the other guide'), ' first.'),
  )
  const page = await staffPage(browser, editor)
  const broken = page.getByTestId('desk-broken')
  await expect(broken).toBeVisible()
  await expect(broken.getByRole('link', { name: linking })).toHaveCount(0)

  const unpublished = await request.patch(`/api/articles/${target.id}`, {
    headers,
    data: { _status: 'draft' },
  })
  expect(unpublished.status()).toBe(200)
  await page.goto('/admin')
  await expect(broken.getByRole('link', { name: linking })).toBeVisible()
  await expect(broken).toContainText('1 link to unpublished or deleted pages')
})
