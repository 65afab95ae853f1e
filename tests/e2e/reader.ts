import { expect, type Page } from '@playwright/test'

import services from './services.json' with { type: 'json' }

/** A name no other test, run or project uses, for readers and logins made by a test. */
export const unique = (name: string) =>
  `${name}-${Date.now()}-${Math.random().toString(36).slice(2, 6)}`

const OIDC_ORIGIN = `http://localhost:${services.oidc.port}`

/**
 * Signs in through the local OpenID Connect provider: its login form, then its consent screen —
 * either of which it skips when it remembers the reader — and back to Careerscope.
 */
export async function signInWithOidc(page: Page, login: string) {
  const appOrigin = new URL(page.url()).origin
  await page.getByRole('button', { name: `Continue with ${services.oidc.name}` }).click()
  await page.waitForURL(
    (url) => url.origin === OIDC_ORIGIN || !url.pathname.startsWith('/account/sign-in'),
  )
  for (let step = 0; step < 3 && new URL(page.url()).origin === OIDC_ORIGIN; step += 1) {
    const before = page.url()
    const loginField = page.locator('input[name="login"]')
    if (await loginField.count()) {
      await loginField.fill(login)
      await page.locator('input[name="password"]').fill('any password works here')
    }
    await page.getByRole('button', { name: /^(Sign-in|Continue)$/ }).click()
    await page.waitForURL((url) => url.href !== before)
  }
  await page.waitForURL((url) => url.origin === appOrigin && !url.pathname.startsWith('/api/auth'))
}

export type Message = { to: string[]; subject: string; text: string }

/** What the local SMTP server (mail-server.mjs) has received for an address, newest last. */
export async function inbox(page: Page, to: string): Promise<Message[]> {
  const response = await page.request.get(
    `http://127.0.0.1:${services.mail.httpPort}/messages?to=${encodeURIComponent(to)}`,
  )
  return (await response.json()) as Message[]
}

/** The magic links the local SMTP server has received for an address, newest last. */
export async function magicLinks(page: Page, to: string): Promise<string[]> {
  return (await inbox(page, to)).flatMap(
    (m) => m.text.match(/http:\/\/\S+\/api\/auth\/callback\/email\S+/g) ?? [],
  )
}

export async function waitForMagicLink(page: Page, to: string): Promise<string> {
  let link: string | undefined
  await expect
    .poll(async () => (link = (await magicLinks(page, to)).at(-1)), { timeout: 15_000 })
    .toBeTruthy()
  return link!
}

/**
 * Does `action` and waits for the server to confirm the reader-data write it makes: the controls
 * update optimistically, so what they show is not yet proof that the write landed.
 */
export async function confirmedWrite(
  page: Page,
  route: 'saves' | 'progress',
  action: () => Promise<unknown>,
) {
  const written = page.waitForResponse(
    (r) => new URL(r.url()).pathname === `/api/reader/${route}` && r.request().method() !== 'GET',
  )
  await action()
  expect((await written).ok()).toBe(true)
}

/** Fetch from inside the page, with the browser's cookies, as the reader's own scripts would. */
export function fetchStatus(page: Page, path: string): Promise<number> {
  return page.evaluate(async (url) => (await fetch(url)).status, path)
}
