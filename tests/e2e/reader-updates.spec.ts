import { expect, type Page, test } from '@playwright/test'

import { editorHeaders, publishCareer } from './admin'
import { confirmedWrite, inbox, signInWithOidc, unique } from './reader'

/**
 * What follows a reader across visits and devices: their theme on their account, saved pages marked
 * when their content changes, the weekly digest of those changes by email (the e2e server runs the
 * digest job every few seconds; a reader still gets one email a week), and its unsubscribe link.
 * And through all of it, public pages stay the same bytes for everyone.
 */

const PROFILE = '/careers/devops-engineer'
const COMPARISON = '/compare/backend-developer-vs-devops-engineer'

const themeSent = (page: Page) =>
  page.waitForResponse(
    (r) =>
      new URL(r.url()).pathname === '/api/reader/preferences' && r.request().method() === 'PUT',
  )

test('the theme chosen before signing in joins the account and follows the reader to another device', async ({
  browser,
  page,
}) => {
  const login = unique('theme')
  await page.goto(PROFILE)
  await page.getByLabel('Theme').selectOption('dark')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')

  const sent = themeSent(page)
  await page.getByRole('link', { name: 'Sign in', exact: true }).click()
  await signInWithOidc(page, login)
  expect((await sent).ok()).toBe(true)
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')

  // Another device: the system's theme until the reader signs in, then theirs.
  const other = await browser.newContext()
  const phone = await other.newPage()
  await phone.goto(PROFILE)
  await expect(phone.getByLabel('Theme')).toHaveValue('system')
  await phone.getByRole('link', { name: 'Sign in', exact: true }).click()
  await signInWithOidc(phone, login)
  await expect(phone.locator('html')).toHaveAttribute('data-theme', 'dark')
  await expect(phone.getByLabel('Theme')).toHaveValue('dark')
  // And it stays from the first paint of the next page.
  await phone.goto(COMPARISON)
  await expect(phone.locator('html')).toHaveAttribute('data-theme', 'dark')

  // The later choice wins: light on the phone reaches the account.
  const light = themeSent(phone)
  await phone.getByLabel('Theme').selectOption('light')
  expect((await light).ok()).toBe(true)
  const account = await phone.evaluate(async () => (await fetch('/api/reader/preferences')).json())
  expect(account.theme.theme).toBe('light')
  await other.close()
})

test('public pages are the same bytes for a signed-in reader with a theme and for anyone else', async ({
  page,
  playwright,
}) => {
  await page.goto(COMPARISON)
  await page.getByLabel('Theme').selectOption('dark')
  await page.getByRole('link', { name: 'Sign in to save this page' }).click()
  await signInWithOidc(page, unique('bytes'))
  await confirmedWrite(page, 'saves', () =>
    page.getByRole('button', { name: 'Save', exact: true }).click(),
  )
  const anonymous = await playwright.request.newContext({ baseURL: new URL(page.url()).origin })
  for (const path of ['/', PROFILE, COMPARISON]) {
    // Fetched together, so no publish elsewhere can come between them.
    await expect
      .poll(async () => {
        const [reader, anyone] = await Promise.all([page.request.get(path), anonymous.get(path)])
        const [a, b] = [await reader.body(), await anyone.body()]
        return a.length > 0 && a.equals(b) && !reader.headers()['set-cookie']
      })
      .toBe(true)
  }
  await anonymous.dispose()
})

test('a moved salary band marks the saved page on /account, and the weekly digest emails it once', async ({
  browser,
  page,
  request,
}) => {
  const headers = await editorHeaders(request)
  const career = await publishCareer(request, headers, 'Digest Surveyor')
  const table = await request.post('/api/salary-tables', {
    headers,
    data: {
      role: career.id,
      market: 'IN',
      year: 2026,
      currency: 'INR',
      unit: 'lpa',
      method: 'editorial-estimate',
      confidence: 'low',
      source: 'E2E fixture',
      lastReviewed: '2026-04-01',
      rows: [{ level: 'fresher', min: 4, max: 8, median: 6 }],
      _status: 'published',
    },
  })
  expect(table.status()).toBe(201)
  const tableId = (await table.json()).doc.id
  const path = `/careers/${career.slug}`

  const login = unique('digest')
  const email = `${login}@readers.test`
  await page.goto(path)
  await page.getByRole('link', { name: 'Sign in to save this page' }).click()
  await signInWithOidc(page, login)
  await expect(page).toHaveURL(new RegExp(`${path}$`))
  await confirmedWrite(page, 'saves', () =>
    page.getByRole('button', { name: 'Save', exact: true }).click(),
  )
  await page.goto('/account')
  await expect(page.getByText('Changed since you last opened it')).toHaveCount(0)
  await page.getByRole('button', { name: 'Email me a weekly summary' }).click()
  await expect(page.getByText('Done: the weekly email is on.')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Stop the weekly email' })).toBeVisible()

  // An editor publishes a new band.
  const movedAt = Date.now()
  const moved = await request.patch(`/api/salary-tables/${tableId}`, {
    headers,
    data: { rows: [{ level: 'fresher', min: 5, max: 9, median: 7 }] },
  })
  expect(moved.ok()).toBe(true)

  await page.goto('/account')
  const saved = page.locator('#saved')
  await expect(saved.getByText('1 saved page changed since you last opened it.')).toBeVisible()
  await expect(saved.getByText('Digest Surveyor: Changed since you last opened it')).toBeVisible()
  await expect(
    saved.getByText('Fresher, India: ₹4–8 LPA → ₹5–9 LPA; median ₹6 LPA → ₹7 LPA'),
  ).toBeVisible()

  // The job runs every few seconds here; the reader gets one email, and no second one that week.
  await expect.poll(async () => (await inbox(page, email)).length, { timeout: 30_000 }).toBe(1)
  console.log(`[digest] one email to ${email} ${Date.now() - movedAt} ms after the band moved`)
  await page.waitForTimeout(11_000)
  const [mail] = await inbox(page, email)
  expect(await inbox(page, email)).toHaveLength(1)
  expect(mail!.subject).toBe('A page you saved on Careerscope changed: Digest Surveyor')
  expect(mail!.text).toContain(`${path}\n- Fresher, India: ₹4–8 LPA → ₹5–9 LPA`)

  // The unsubscribe link works signed out, and only through its button (mail scanners open links).
  const link = mail!.text.match(/Stop these emails \(no sign-in needed\): (\S+)/)![1]!
  const stranger = await browser.newContext()
  const signedOut = await stranger.newPage()
  await signedOut.goto(new URL(link).pathname + new URL(link).search)
  await expect(signedOut.getByRole('heading', { level: 1 })).toHaveText('Stop the weekly email?')
  await page.goto('/account')
  await expect(page.getByRole('button', { name: 'Stop the weekly email' })).toBeVisible()
  await signedOut.getByRole('button', { name: 'Stop the weekly email' }).click()
  await expect(signedOut.getByRole('heading', { level: 1 })).toHaveText('No more weekly emails')
  await signedOut.goto('/account/unsubscribe?token=1.forged')
  await expect(signedOut.getByRole('heading', { level: 1 })).toHaveText('This link does not work')
  await stranger.close()
  await page.goto('/account')
  await expect(page.getByRole('button', { name: 'Email me a weekly summary' })).toBeVisible()

  // Opening the page is reading it: the mark goes.
  const seen = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/reader/seen')
  await page.goto(path)
  expect((await seen).ok()).toBe(true)
  await page.goto('/account')
  await expect(page.getByText('Changed since you last opened it')).toHaveCount(0)
})

test('printing opens closed sections: what a <details> holds is on paper', async ({ page }) => {
  await page.goto(PROFILE)
  // After hydration (the theme control appears then), so React keeps the added section.
  await expect(page.getByLabel('Theme')).toBeVisible()
  await page.evaluate(() =>
    document
      .querySelector('main')!
      .insertAdjacentHTML(
        'beforeend',
        '<details id="folded"><summary>By city</summary><p>Folded away on screen</p></details>',
      ),
  )
  await expect(page.getByText('Folded away on screen')).toBeHidden()
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByText('Folded away on screen')).toBeVisible()
  await page.emulateMedia({ media: 'screen' })
  await expect(page.getByText('Folded away on screen')).toBeHidden()
  // Browsers without ::details-content: the inline script opens it for printing, then closes it.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')))
  await expect(page.locator('#folded')).toHaveAttribute('open', '')
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')))
  await expect(page.locator('#folded')).not.toHaveAttribute('open', '')
})
