import { expect, type Page, test } from '@playwright/test'

import { createStaff, editorHeaders, publishCareer, staffToken } from './admin'
import { E2E_PORT } from './env'

const ORIGIN = `http://localhost:${E2E_PORT}`

async function headTags(page: Page) {
  return {
    title: await page.title(),
    canonical: await page.locator('link[rel="canonical"]').getAttribute('href'),
    ogUrl: await page.locator('meta[property="og:url"]').getAttribute('content'),
    ogImage: await page.locator('meta[property="og:image"]').first().getAttribute('content'),
    jsonLd: (await page.locator('script[type="application/ld+json"]').allTextContents()).flatMap(
      (t) => JSON.parse(t) as Record<string, any>[],
    ),
  }
}

test('the comparison carries its canonical URL, an og:image that is an image, and matching JSON-LD', async ({
  page,
  request,
}) => {
  await page.goto('/compare/backend-developer-vs-devops-engineer')
  const head = await headTags(page)
  expect(head.canonical).toBe(`${ORIGIN}/compare/backend-developer-vs-devops-engineer`)
  expect(head.ogUrl).toBe(head.canonical)
  const image = await request.get(head.ogImage!)
  expect(image.status()).toBe(200)
  expect(image.headers()['content-type']).toBe('image/png')
  const png = await image.body()
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630])
  expect(head.jsonLd.map((d) => d['@type'])).toEqual(['Article', 'BreadcrumbList'])
  expect(head.jsonLd[0]).toMatchObject({
    headline: expect.stringMatching(/^Backend Developer vs DevOps Engineer/),
    author: [{ name: 'Careerscope Editors' }],
    image: [head.ogImage],
  })
  console.log(
    `crawler view of the comparison: title "${head.title}", canonical ${head.canonical}, og:image ${head.ogImage} (${png.length} bytes, 1200×630), JSON-LD ${head.jsonLd.map((d) => d['@type']).join(' + ')}`,
  )
})

test('a profile carries Occupation JSON-LD naming the figures the page shows', async ({
  page,
  request,
}) => {
  await page.goto('/careers/backend-developer')
  const head = await headTags(page)
  expect(head.canonical).toBe(`${ORIGIN}/careers/backend-developer`)
  expect(head.ogImage).toBe(`${ORIGIN}/og/careers/backend-developer`)
  expect((await request.get(head.ogImage!)).headers()['content-type']).toBe('image/png')
  const occupation = head.jsonLd.find((d) => d['@type'] === 'Occupation')!
  expect(
    occupation.estimatedSalary.map((s: Record<string, number>) => [s.minValue, s.maxValue]),
  ).toEqual([
    [500_000, 1_000_000],
    [1_400_000, 2_800_000],
    [2_800_000, 5_500_000],
  ])
  expect(occupation.occupationLocation).toEqual([{ '@type': 'Country', name: 'India' }])
  await expect(page.getByTestId('band-mid')).toHaveText('₹14–28 LPA')
})

test('sitemap, robots and feed are valid and list only published pages', async ({
  page,
  request,
}) => {
  const token = await staffToken(request, await createStaff(request, 'editor'))
  await request.post('/api/roles?draft=true', {
    headers: { authorization: `JWT ${token}` },
    data: {
      title: 'Unreleased Career',
      summary: 'Kubernetes secret plans',
      demand: { level: 'low' },
      entryDifficulty: { level: 'low' },
      onCallBurden: { level: 'none' },
      _status: 'draft',
    },
  })
  await page.goto('/')
  const parse = (xml: string) =>
    page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml')
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.nodeName,
        locs: [...doc.querySelectorAll('loc, item > link')].map((n) => n.textContent),
      }
    }, xml)

  const sitemap = await parse(await (await request.get('/sitemap.xml')).text())
  expect(sitemap).toMatchObject({ error: null, root: 'urlset' })
  expect(sitemap.locs).toContain(`${ORIGIN}/compare/backend-developer-vs-devops-engineer`)
  expect(sitemap.locs.join()).not.toContain('unreleased-career')

  const feed = await request.get('/feed.xml')
  expect(feed.headers()['content-type']).toContain('application/rss+xml')
  const rss = await parse(await feed.text())
  expect(rss).toMatchObject({ error: null, root: 'rss' })
  expect(rss.locs).toContain(`${ORIGIN}/compare/backend-developer-vs-devops-engineer`)

  const robots = await (await request.get('/robots.txt')).text()
  expect(robots).toContain('Disallow: /admin')
  expect(robots).toContain('Disallow: /api/')
  expect(robots).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`)
})

test('searching "Kubernetes" finds the DevOps profile and the comparison, never a draft', async ({
  page,
}) => {
  await page.goto('/search?q=Kubernetes')
  const results = page.getByRole('list', { name: 'Search results' })
  await expect(results.getByRole('link', { name: 'DevOps Engineer', exact: true })).toHaveAttribute(
    'href',
    '/careers/devops-engineer',
  )
  await expect(
    results.getByRole('link', { name: /Backend Developer vs DevOps Engineer/ }),
  ).toBeVisible()
  await expect(results.locator('mark').first()).toHaveText(/kubernetes/i)
  await expect(page.getByText('Unreleased Career')).toHaveCount(0)
})

test('search works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/')
  await page.goto('/search')
  await page.getByRole('searchbox').fill('devops')
  await page.getByRole('button', { name: 'Search' }).click()
  await expect(page).toHaveURL(/\/search\?q=devops/)
  await expect(
    page.getByRole('list', { name: 'Search results' }).getByRole('link').first(),
  ).toBeVisible()
  await context.close()
})

test('an old address answers 308 to the renamed page', async ({ request }) => {
  const headers = await editorHeaders(request)
  const { id, slug } = await publishCareer(request, headers, 'Analytics Engineer')
  expect((await request.get(`/careers/${slug}`)).status()).toBe(200)
  await request.patch(`/api/roles/${id}`, {
    headers,
    data: { slug: `${slug}-platform`, _status: 'published' },
  })
  const old = await request.get(`/careers/${slug}`, { maxRedirects: 0 })
  expect(old.status()).toBe(308)
  expect(old.headers().location).toBe(`/careers/${slug}-platform`)
  expect((await request.get(`/careers/${slug}-platform`)).status()).toBe(200)
})

test('the 404 page offers search and popular pages', async ({ browser }) => {
  // As the server sends it; once JavaScript runs, the browser shows the general 404 page instead.
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  expect((await page.goto('/careers/no-such-career'))?.status()).toBe(404)
  await expect(page.getByRole('search')).toBeVisible()
  await expect(page.getByRole('link', { name: 'DevOps Engineer', exact: true })).toBeVisible()
  await expect(
    page.getByRole('link', { name: /Backend Developer vs DevOps Engineer/ }),
  ).toBeVisible()
  await context.close()
})
