import { expect, test, type Page } from '@playwright/test'

import { E2E_EDITOR } from './env'

async function signIn(page: Page) {
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(E2E_EDITOR.email)
  await page.locator('#field-password').fill(E2E_EDITOR.password)
  await page.getByRole('button', { name: 'Login' }).click()
  await expect(page.getByRole('heading', { name: /Dashboard/i }).or(page.locator('.dashboard'))).toBeVisible({ timeout: 30_000 })
}

/** Polls a public page until it shows the text; returns how long that took. */
async function msUntilShown(page: Page, path: string, text: string, since: number) {
  await expect
    .poll(
      async () => {
        const response = await page.request.get(path)
        return (await response.text()).includes(text)
      },
      { timeout: 2_000, intervals: [100] },
    )
    .toBe(true)
  return Date.now() - since
}

test('an editor changes a salary band, publishes, and readers see it within 2 seconds', async ({ page }) => {
  // Warm the public caches first, so the test proves they are refreshed rather than never filled.
  expect(await (await page.request.get('/compare/backend-developer-vs-devops-engineer')).text()).toContain('₹30–60 LPA')
  expect(await (await page.request.get('/careers/devops-engineer')).text()).toContain('₹30–60 LPA')

  await signIn(page)
  await page.goto('/admin/collections/salary-tables')
  await page.getByRole('link', { name: /DevOps Engineer · India 2026/ }).click()
  const seniorMax = page.locator('#field-rows__2__max')
  await expect(seniorMax).toHaveValue('60')
  await seniorMax.fill('64')
  await page.getByRole('button', { name: /Publish changes/i }).click()
  await expect(page.getByText(/published successfully|Updated successfully/i).first()).toBeVisible({ timeout: 15_000 })
  const published = Date.now()

  const comparisonMs = await msUntilShown(page, '/compare/backend-developer-vs-devops-engineer', '₹30–64 LPA', published)
  const profileMs = await msUntilShown(page, '/careers/devops-engineer', '₹30–64 LPA', published)
  console.log(`publish → visible: comparison ${comparisonMs} ms, profile ${profileMs} ms`)

  const comparison = await page.request.get('/compare/backend-developer-vs-devops-engineer')
  expect(await comparison.text()).not.toContain('₹30–60 LPA')
})
