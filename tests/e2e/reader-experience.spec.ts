import fs from 'node:fs'
import { createRequire } from 'node:module'

import { expect, type Page, test } from '@playwright/test'

import { signInWithOidc, unique } from './reader'

const require = createRequire(import.meta.url)
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

const PROFILE = '/careers/devops-engineer'
const COMPARISON = '/compare/backend-developer-vs-devops-engineer'
const CAREERS = '/careers?demand=high&sort=pay-desc'
/** The calculator with a result, its step tables and both groups of fields open. */
const TAKE_HOME = '/salaries/take-home?ctc=18.5+LPA&regime=old&variable=15&rent=30000&city=metro'
/** Whether the page's background is dark: its lightness, whichever colour syntax the browser reports. */
const darkBackground = (page: Page) =>
  page.evaluate(() => {
    const colour = getComputedStyle(document.body).backgroundColor
    const numbers = (colour.match(/[\d.]+/g) ?? []).map(Number)
    // lab(L a b) and oklch(L …) lead with lightness (0–100 or 0–1); rgb() with red, green, blue.
    if (colour.startsWith('lab')) return numbers[0]! < 50
    if (colour.startsWith('oklch') || colour.startsWith('oklab')) return numbers[0]! < 0.5
    return (numbers[0]! + numbers[1]! + numbers[2]!) / 3 < 128
  })

/** Records the theme <html> carries when <body> first appears: what the first paint uses. */
async function watchFirstPaintTheme(page: Page) {
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.body) return
      ;(window as unknown as { themeAtBody: string }).themeAtBody =
        document.documentElement.dataset.theme ?? 'system'
      observer.disconnect()
    }).observe(document, { childList: true, subtree: true })
  })
}

async function seriousAxeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE })
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<any> } }).axe
    const { violations } = await axe.run(document)
    return violations
      .filter((v: { impact: string }) => v.impact === 'serious' || v.impact === 'critical')
      .map((v: { id: string; nodes: unknown[] }) => `${v.id} × ${v.nodes.length}`)
  })
}

test('the theme follows the system, a choice is kept across pages from the first paint, pages stay the same for everyone', async ({
  browser,
  page,
  request,
}) => {
  // Without JavaScript, a dark system setting alone darkens the page (CSS only).
  const plain = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' })
  const plainPage = await plain.newPage()
  await plainPage.goto(PROFILE)
  expect(await darkBackground(plainPage)).toBe(true)
  await plain.close()

  await watchFirstPaintTheme(page)
  await page.goto('/')
  expect(await darkBackground(page)).toBe(false)
  await page.getByLabel('Theme').selectOption('dark')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  expect(await darkBackground(page)).toBe(true)

  // The next page is dark before anything is painted, and the choice is still shown.
  await page.goto(PROFILE)
  expect(
    await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody),
  ).toBe('dark')
  await expect(page.getByLabel('Theme')).toHaveValue('dark')
  // Back to the system's choice.
  await page.getByLabel('Theme').selectOption('system')
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./)
  expect(await darkBackground(page)).toBe(false)

  // The theme lives in the browser: the HTML every reader gets names none.
  const html = await (await request.get(PROFILE)).text()
  expect(html).not.toMatch(/data-theme="(light|dark)"/)
})

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no serious accessibility issue in the ${scheme} theme`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: scheme })
    const page = await context.newPage()
    const found: Record<string, string[]> = {}
    const paths = ['/', CAREERS, PROFILE, COMPARISON, '/compare', TAKE_HOME]
    for (const path of paths) {
      await page.goto(path)
      // The compare picker with its suggestions open.
      if (path === '/compare') {
        await page.getByRole('combobox', { name: 'First career' }).pressSequentially('eng')
        const suggestions = page.getByRole('listbox', { name: 'First career: suggestions' })
        await expect(suggestions.getByRole('option').first()).toBeVisible()
      }
      found[path] = await seriousAxeViolations(page)
    }
    console.log(`[axe] ${scheme}: ${JSON.stringify(found)}`)
    expect(found).toEqual(Object.fromEntries(paths.map((path) => [path, []])))
    await context.close()
  })
}

test('without JavaScript, the careers list filters and orders on the server, one address per view', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/careers')
  const filters = page.getByRole('form', { name: 'Filter careers' })
  await filters.getByLabel('Demand').selectOption({ label: 'High or more' })
  await filters.getByLabel('Order').selectOption({ label: 'Highest pay first' })
  await filters.getByRole('button', { name: 'Show' }).click()
  // The form's empty field is left out of the view's address.
  await expect(page).toHaveURL(/\/careers\?demand=high&sort=pay-desc$/)
  await expect(page.getByText(/^\d+ careers match; pay is mid-level, in India\.$/)).toBeVisible()
  const cards = page.locator('article')
  await expect(cards.first().getByRole('heading')).toHaveText('Machine Learning Engineer')
  for (const card of await cards.all()) {
    await expect(card).toContainText(/Demand: (High|Very high)/)
  }
  // Views other than the list itself are for readers, not for search engines.
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/careers$/)

  await filters.getByLabel('Entry difficulty').selectOption({ label: 'Low' })
  await filters.getByRole('button', { name: 'Show' }).click()
  await expect(page).toHaveURL(/\/careers\?demand=high&entry=low&sort=pay-desc$/)
  await expect(page.getByText('No career matches these filters.')).toBeVisible()
  await context.close()
})

test('a comparison prints on A4 without navigation or buttons, its table whole, with its address', async ({
  page,
}) => {
  await page.goto(COMPARISON)
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden()
  await expect(page.locator('body > footer')).toBeHidden()
  await expect(page.getByRole('button'))
    .toHaveCount(0, { timeout: 1_000 })
    .catch(async () => {
      for (const button of await page.getByRole('button').all()) await expect(button).toBeHidden()
    })
  const table = page.locator('#comparison-table table').first()
  await expect(table).toBeVisible()
  expect(await table.evaluate((t) => getComputedStyle(t).breakInside)).toBe('avoid')
  await expect(
    page.getByText(
      /Printed from http:\/\/localhost:\d+\/compare\/backend-developer-vs-devops-engineer/,
    ),
  ).toBeVisible()
  // On screen, the print line stays out of the way.
  await page.emulateMedia({ media: 'screen' })
  await expect(page.getByText(/Printed from/)).toBeHidden()
})

const progressWritten = (page: Page) =>
  page.waitForResponse(
    (r) => new URL(r.url()).pathname === '/api/reader/progress' && r.request().method() === 'PUT',
  )

test('roadmap marks made signed out join the account on sign-in, and marks made offline are sent once back online', async ({
  page,
  context,
}) => {
  const stage = (name: string) => page.getByLabel(`Your progress on ${name}`)
  await page.goto(PROFILE)
  await expect(page.getByText('Kept in this browser.')).toBeVisible()
  await stage('Linux and networking').selectOption('done')
  await expect(page.getByText('Your progress: 1 of 4 stages done.')).toBeVisible()
  await page.reload()
  await expect(stage('Linux and networking')).toHaveValue('done')

  // Signing in sends the browser's mark to the new account.
  const merged = progressWritten(page)
  await page.getByRole('link', { name: 'Sign in', exact: true }).click()
  await signInWithOidc(page, unique('marker'))
  expect((await merged).ok()).toBe(true)
  await expect(page.getByText('Kept in this browser.')).toHaveCount(0)
  await page.goto('/account')
  await expect(page.locator('#progress').getByText('Linux and networking — Done')).toBeVisible()

  // Offline: the mark is kept and said to be waiting; back online, it is sent by itself.
  await page.goto(PROFILE)
  await expect(stage('Containers and CI/CD')).toBeVisible()
  await context.setOffline(true)
  await stage('Containers and CI/CD').selectOption('in_progress')
  await expect(page.getByText(/Saved in this browser while offline/).first()).toBeVisible()
  const synced = progressWritten(page)
  await context.setOffline(false)
  expect((await synced).ok()).toBe(true)
  await page.goto('/account')
  await expect(
    page.locator('#progress').getByText('Containers and CI/CD — In progress'),
  ).toBeVisible()
  await expect(page.locator('#progress').getByText('Linux and networking — Done')).toBeVisible()

  // A private note on a stage: saved, shown again to its author, and in the data download.
  await page.goto(PROFILE)
  await page.getByText('Add a private note').first().click()
  await page.getByLabel('Your note on Linux and networking').fill('Practise with tcpdump.')
  const noted = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/reader/notes')
  await page.getByRole('button', { name: 'Save note on Linux and networking' }).click()
  expect((await noted).ok()).toBe(true)
  await page.reload()
  await expect(page.getByLabel('Your note on Linux and networking')).toHaveValue(
    'Practise with tcpdump.',
  )
  const exported = await page.evaluate(async () => (await fetch('/api/reader/export')).json())
  expect(exported.notes).toEqual([
    expect.objectContaining({ collection: 'roles', text: 'Practise with tcpdump.' }),
  ])
})
