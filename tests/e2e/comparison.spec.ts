import { expect, test } from '@playwright/test'

const COMPARISON = '/compare/backend-developer-vs-devops-engineer'

test("a reader opens the comparison and sees both careers' salary bands", async ({ page }) => {
  const response = await page.goto(COMPARISON)
  expect(response?.status()).toBe(200)
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    'Backend Developer vs DevOps Engineer',
  )
  const table = page.getByTestId('comparison-table')
  const row = (label: string) => table.getByRole('row', { name: new RegExp(label) })
  await expect(row('Fresher')).toContainText('₹5–10 LPA')
  await expect(row('Fresher')).toContainText('₹5–9 LPA')
  await expect(row('Mid-level')).toContainText('₹14–28 LPA')
  await expect(row('Mid-level')).toContainText('₹16–30 LPA')
  await expect(row('Senior / Lead')).toContainText('₹28–55 LPA')
  await expect(row('Senior / Lead')).toContainText('₹30–60 LPA')
  await expect(page.getByRole('link', { name: /DevOps Engineer career profile/ })).toHaveAttribute(
    'href',
    '/careers/devops-engineer',
  )
})

test('the career pages answer, and an unknown career is a real 404', async ({ page }) => {
  for (const path of [
    '/',
    '/careers',
    '/compare',
    '/careers/backend-developer',
    '/careers/devops-engineer',
  ]) {
    expect((await page.goto(path))?.status(), path).toBe(200)
  }
  await expect(page.getByTestId('band-senior')).toHaveText('₹30–60 LPA')
  const missing = await page.goto('/careers/astronaut')
  expect(missing?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page')
})

test('draft preview needs a staff session, not just a link', async ({ request }) => {
  const response = await request.get(
    '/preview?path=/compare/backend-developer-vs-devops-engineer',
    { maxRedirects: 0 },
  )
  expect(response.status()).toBe(403)
  expect(response.headers()['set-cookie'] ?? '').not.toContain('__prerender_bypass')
})
