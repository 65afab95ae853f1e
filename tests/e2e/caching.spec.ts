import { expect, test } from '@playwright/test'

import { createStaff, editorHeaders, publishCareer, signIn, staffToken } from './admin'

const PROFILE = '/careers/devops-engineer'
const OTHER_PROFILE = '/careers/backend-developer'
const COMPARISON = '/compare/backend-developer-vs-devops-engineer'

test('public pages render once, then come from the route cache with shareable headers', async ({
  request,
}) => {
  for (const path of [
    '/',
    '/careers',
    '/compare',
    PROFILE,
    COMPARISON,
    '/sitemap.xml',
    '/feed.xml',
  ]) {
    await request.get(path)
    const again = await request.get(path)
    const headers = again.headers()
    expect(again.status(), path).toBe(200)
    expect(headers['x-nextjs-cache'], path).toBe('HIT')
    expect(headers['cache-control'], path).toMatch(
      /^public, s-maxage=\d+, stale-while-revalidate=\d+$/,
    )
    // The admin's client hints stay on the admin.
    expect(headers['accept-ch'], path).toBeUndefined()
    expect(headers['critical-ch'], path).toBeUndefined()
  }
  expect((await request.get('/admin/login')).headers()['accept-ch']).toBeDefined()
  // Reader state is per reader: never shared.
  expect(
    (await request.get('/api/reader/state?collection=roles&id=1')).headers()['cache-control'],
  ).toBe('private, no-store')
})

test('a change re-renders the pages that show it, and only those', async ({ request }) => {
  for (const path of [PROFILE, OTHER_PROFILE, COMPARISON]) await request.get(path)
  const headers = await editorHeaders(request)
  const { docs } = await (
    await request.get('/api/salary-tables?where[title][like]=DevOps&limit=1', { headers })
  ).json()
  const table = docs[0]
  const fresher = table.rows.find((row: { level: string }) => row.level === 'fresher')
  const rows = table.rows.map((row: { level: string; max: number }) =>
    row.level === 'fresher' ? { ...row, max: row.max + 1 } : row,
  )
  try {
    expect(
      (await request.patch(`/api/salary-tables/${table.id}`, { headers, data: { rows } })).ok(),
    ).toBe(true)
    const profile = await request.get(PROFILE)
    expect(profile.headers()['x-nextjs-cache']).toBe('MISS')
    // The new figure, not only a fresh render of the old one.
    expect(await profile.text()).toContain(`₹${fresher.min}–${fresher.max + 1} LPA`)
    expect((await request.get(COMPARISON)).headers()['x-nextjs-cache']).toBe('MISS')
    expect((await request.get(OTHER_PROFILE)).headers()['x-nextjs-cache']).toBe('HIT')
  } finally {
    await request.patch(`/api/salary-tables/${table.id}`, { headers, data: { rows: table.rows } })
  }
})

test('publishing a renamed draft and unpublishing with a draft pending refresh the live pages', async ({
  request,
}) => {
  const headers = await editorHeaders(request)
  const doc = await publishCareer(request, headers, 'Cached Career')
  const slug = doc.slug
  await request.get(`/careers/${slug}`)
  expect((await request.get(`/careers/${slug}`)).headers()['x-nextjs-cache']).toBe('HIT')

  // An autosaved draft renames it; publishing that draft must retire the old address.
  const renamed = `${slug}-renamed`
  const draft = await request.patch(`/api/roles/${doc.id}?draft=true&autosave=true`, {
    headers,
    data: { slug: renamed },
  })
  expect(draft.ok()).toBe(true)
  expect((await request.get(`/careers/${slug}`)).headers()['x-nextjs-cache']).toBe('HIT')
  const published = await request.patch(`/api/roles/${doc.id}`, {
    headers,
    data: { _status: 'published' },
  })
  expect(published.ok()).toBe(true)
  const old = await request.get(`/careers/${slug}`, { maxRedirects: 0 })
  expect(old.status()).toBe(308)
  expect(old.headers()['location']).toBe(`/careers/${renamed}`)
  expect((await request.get(`/careers/${renamed}`)).status()).toBe(200)
  await request.get(`/careers/${renamed}`)

  // With another draft pending, unpublishing takes the live page down at once.
  await request.patch(`/api/roles/${doc.id}?draft=true&autosave=true`, {
    headers,
    data: { summary: 'A pending draft.' },
  })
  const unpublished = await request.patch(`/api/roles/${doc.id}`, {
    headers,
    data: { _status: 'draft' },
  })
  expect(unpublished.ok()).toBe(true)
  expect((await request.get(`/careers/${renamed}`)).status()).toBe(404)
  expect(await (await request.get('/careers')).text()).not.toContain('Cached Career')
})

test('a 404 is a whole page with JavaScript off: unknown careers and unknown addresses', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  for (const path of [
    '/careers/no-such-career',
    '/compare/no-such-comparison',
    '/no-such-page',
    '/site/no-such-page',
  ]) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(404)
    await expect(page).toHaveTitle(/Page not found/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page')
    await expect(page.getByRole('search')).toBeVisible()
    // Suggestions from the content, on every kind of unknown address.
    await expect(page.getByRole('heading', { name: 'Popular careers' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'DevOps Engineer', exact: true })).toBeVisible()
  }
  await context.close()
})

test('with JavaScript, the 404 the browser shows keeps its popular careers and comparisons', async ({
  page,
}) => {
  for (const path of ['/no-such-page', '/careers/no-such-career']) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(404)
    // React swaps in the not-found boundary, which loads the same suggestions in the browser.
    const popular = page.getByRole('region', { name: 'Popular careers' })
    await expect(
      popular.getByRole('link', { name: 'Backend Developer', exact: true }),
    ).toBeVisible()
    await expect(popular.getByRole('link', { name: 'DevOps Engineer', exact: true })).toBeVisible()
    await expect(
      page.getByRole('link', { name: /Backend Developer vs DevOps Engineer/ }),
    ).toBeVisible()
  }
})

test('the site has a favicon and app icons', async ({ request }) => {
  const favicon = await request.get('/favicon.ico')
  expect(favicon.status()).toBe(200)
  expect(favicon.headers()['content-type']).toMatch(/image/)
  expect((await request.get('/apple-icon.png')).status()).toBe(200)
  const home = await (await request.get('/')).text()
  expect(home).toMatch(/<link rel="icon" href="\/icon\.svg/)
})

test('on a 390 px phone the header and the comparison fit the screen', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
  const page = await context.newPage()
  await page.goto(COMPARISON)
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Account' }),
  ).toBeInViewport()
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  )
  expect(overflow).toBeLessThanOrEqual(0)
  // Each factor reads as a block: the career's name above its value.
  const fresher = page
    .getByTestId('comparison-table')
    .locator('tr[data-row="salary-fresher"] td')
    .first()
  await expect(fresher).toBeVisible()
  expect(await fresher.evaluate((td) => getComputedStyle(td, '::before').content)).toContain(
    'Backend Developer',
  )
  await context.close()
})

test('a staff preview renders per request and is never shared', async ({ page, request }) => {
  const editor = await createStaff(request, 'editor')
  const headers = { authorization: `JWT ${await staffToken(request, editor)}` }
  const { id, slug } = await publishCareer(request, headers, 'Previewed Career')
  const path = `/careers/${slug}`
  const marker = `Draft summary ${Date.now()}`
  const draft = await request.patch(`/api/roles/${id}?draft=true`, {
    headers,
    data: { summary: marker },
  })
  expect(draft.ok()).toBe(true)
  await signIn(page, editor)
  // Through the browser: the staff session cookie is Secure, which only the browser sends here.
  const previewed = await page.goto(`/preview?path=${path}`)
  expect(previewed?.status()).toBe(200)
  expect(previewed?.headers()['cache-control']).toMatch(/private|no-store/)
  await expect(page.getByText('you are seeing drafts')).toBeVisible()
  await expect(page.getByText(marker).first()).toBeVisible()
  await page.goto(`/preview/exit?path=${path}`)
  // Everyone else still gets the shared page: no banner, and not the draft.
  const shared = await request.get(path)
  expect(shared.headers()['cache-control']).toMatch(/^public/)
  const html = await shared.text()
  expect(html).not.toContain('you are seeing drafts')
  expect(html).not.toContain(marker)
})
