import { type APIRequestContext, expect, type Page } from '@playwright/test'

import { E2E_ADMIN } from './env'

/** Signs in to /admin through its own login form. */
type Credentials = { email: string; password: string }

export async function signIn(page: Page, credentials: Credentials) {
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(credentials.email)
  await page.locator('#field-password').fill(credentials.password)
  await page.getByRole('button', { name: 'Login' }).click()
  await expect(page.locator('.dashboard')).toBeVisible({ timeout: 30_000 })
}

/** A REST token for API steps, as the given staff member (by default the seeded admin). */
export async function staffToken(
  request: APIRequestContext,
  credentials: Credentials = E2E_ADMIN,
): Promise<string> {
  const response = await request.post('/api/users/login', { data: credentials })
  expect(response.ok()).toBe(true)
  return (await response.json()).token
}

/** A new staff account of this role, created by the seeded admin as an admin would in /admin. */
export async function createStaff(
  request: APIRequestContext,
  role: 'writer' | 'editor',
): Promise<Credentials> {
  const token = await staffToken(request)
  const credentials = {
    email: `${role}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@careerscope.test`,
    password: `${role} password 2026`,
  }
  const response = await request.post('/api/users', {
    data: { ...credentials, name: `E2E ${role}`, role },
    headers: { authorization: `JWT ${token}` },
  })
  expect(response.status()).toBe(201)
  return credentials
}

/** Publishes the document open in the admin and waits for Payload's success toast; returns when. */
export async function publishOpenDocument(page: Page): Promise<number> {
  await page.locator('#action-save').click()
  await expect(page.locator('.payload-toast-container')).toContainText(/success/i)
  return Date.now()
}

/** A check for msUntil: the page answers 200 and its HTML contains `text`. */
export const shows = (text: string) => (status: number, body: string) =>
  status === 200 && body.includes(text)

/** Polls a public page until `check` holds for its status and body; returns how long that took. */
export async function msUntil(
  request: APIRequestContext,
  path: string,
  check: (status: number, body: string) => boolean,
  since: number,
  timeout = 2_000,
): Promise<number> {
  await expect
    .poll(
      async () => {
        const response = await request.get(path)
        return check(response.status(), await response.text())
      },
      { timeout, intervals: [100] },
    )
    .toBe(true)
  return Date.now() - since
}

/**
 * Schedules the open document to publish at the next whole minute at least 5 s away, through the
 * admin's Schedule drawer (its picker has minute precision); answers when that is.
 */
export async function schedulePublishSoon(page: Page): Promise<Date> {
  await page.locator('#action-save').locator('xpath=..').locator('.popup-button').click()
  await page.locator('#schedule-publish').click()
  await page.locator('label[for$="-type-publish"]').click()
  const due = new Date(Math.ceil((Date.now() + 5_000) / 60_000) * 60_000)
  const typed = due.toLocaleString('en-US', {
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    hour12: true,
    timeZone: 'UTC',
  })
  await page
    .locator('.schedule-publish__scheduler .react-datepicker__input-container input')
    .fill(typed.replace(' at ', ' '))
  await page.locator('.schedule-publish__drawer-header h2').click()
  await page.locator('#scheduled-publish-save').click()
  await expect(page.locator('.schedule-publish__upcoming')).toContainText(/publish/i, {
    timeout: 15_000,
  })
  return due
}

export type Headers = Record<string, string>

/** A new published career, made for one test, so no test leaves drafts on the demo content. */
export async function publishCareer(request: APIRequestContext, headers: Headers, title: string) {
  const slug = `${title.toLowerCase().replace(/\W+/g, '-')}-${Date.now()}`
  const created = await request.post('/api/roles', {
    headers,
    data: {
      title,
      slug,
      summary: 'A career made for this test.',
      demand: { level: 'high' },
      entryDifficulty: { level: 'moderate' },
      onCallBurden: { level: 'none' },
      _status: 'published',
    },
  })
  expect(created.status()).toBe(201)
  return (await created.json()).doc as { id: number | string; slug: string }
}

export async function editorHeaders(request: APIRequestContext): Promise<Headers> {
  return { authorization: `JWT ${await staffToken(request, await createStaff(request, 'editor'))}` }
}
